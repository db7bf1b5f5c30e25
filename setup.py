"""The wheel's packages (the metadata is in pyproject.toml): app, ui and db, and the ``resources/`` folder
installed whole as the data package ``staatsprint_resources`` (found by app.paths.resources_dir), so a new
folder under resources/ is carried by itself. Translation sources (*.ts) stay out: the app reads the .qm files,
which scripts/build_translations.py compiles before a wheel is built."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["app*", "ui*", "db*"]), "staatsprint_resources"],
    package_dir={"staatsprint_resources": "resources"},
    package_data={"db": ["migrations/*.mako", "migrations/versions/*.py"], "staatsprint_resources": ["**/*"]},
    exclude_package_data={"staatsprint_resources": ["translations/*.ts"]},
)
