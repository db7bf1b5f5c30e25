"""The event server's own certificate: self-signed, made for one event, trusted by its join files.

Clients verify the server with ``sslmode=verify-ca`` against this very certificate (it travels in
every join file), so it is its own certificate authority (``CA:TRUE``) and signs nothing else. The
laptop's address on the venue's network is not known in advance: the names in it (``localhost`` and
the addresses seen when it was made) are a courtesy for ``verify-full`` on the same machine, not a
promise. The key is an elliptic-curve key (P-256): made in a millisecond, and every libpq since
OpenSSL 1.0 speaks it. Python's ``cryptography`` makes it on every platform (Windows has no openssl).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

CERTIFICATE_FILE = "server.crt"
KEY_FILE = "server.key"
# A certificate for one event: a year covers preparing, the day, and taking the event home.
VALID_DAYS = 400


@dataclass(frozen=True)
class ServerCertificate:
    certificate_pem: str
    key_pem: str


def make_certificate(common_name: str, hosts: list[str] | tuple[str, ...] = (), days: int = VALID_DAYS) -> ServerCertificate:
    """A new self-signed certificate and its key for ``common_name``; ``hosts`` (names or
    addresses) and ``localhost`` go into its subject alternative names."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, _at_most_64_bytes(common_name)),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Staatsprint event server")])
    now = datetime.now(timezone.utc)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))  # a laptop whose clock is a little behind still accepts it
        .not_valid_after(now + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True, content_commitment=False,
                                     key_encipherment=False, data_encipherment=False, key_agreement=True,
                                     encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectAlternativeName(_alternative_names(hosts)), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    return ServerCertificate(certificate.public_bytes(serialization.Encoding.PEM).decode("ascii"), key_pem.decode("ascii"))


def write_certificate(folder: Path, made: ServerCertificate) -> tuple[Path, Path]:
    """Write the certificate and its key into ``folder``; the key readable by its owner only
    (PostgreSQL refuses a key others may read). Returns (certificate path, key path)."""
    folder.mkdir(parents=True, exist_ok=True)
    certificate_path, key_path = folder / CERTIFICATE_FILE, folder / KEY_FILE
    certificate_path.write_text(made.certificate_pem, encoding="ascii")
    key_path.touch(mode=0o600, exist_ok=True)
    key_path.chmod(0o600)
    key_path.write_text(made.key_pem, encoding="ascii")
    return certificate_path, key_path


def read_certificate(folder: Path) -> ServerCertificate | None:
    """The certificate and key written into ``folder`` before, or None."""
    certificate_path, key_path = folder / CERTIFICATE_FILE, folder / KEY_FILE
    if not (certificate_path.is_file() and key_path.is_file()):
        return None
    return ServerCertificate(certificate_path.read_text(encoding="ascii"), key_path.read_text(encoding="ascii"))


def expires(certificate_pem: str) -> datetime:
    return x509.load_pem_x509_certificate(certificate_pem.encode("ascii")).not_valid_after_utc


def fingerprint(certificate_pem: str) -> str:
    """SHA-256 of the certificate, as people compare it: "AB:CD:…"."""
    digest = x509.load_pem_x509_certificate(certificate_pem.encode("ascii")).fingerprint(hashes.SHA256())
    return ":".join(f"{byte:02X}" for byte in digest)


def _alternative_names(hosts) -> list[x509.GeneralName]:
    names: list[x509.GeneralName] = [x509.DNSName("localhost")]
    seen = {"localhost"}
    for host in hosts:
        if not host or host in seen:
            continue
        seen.add(host)
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    return names


def _at_most_64_bytes(name: str) -> str:
    """A common name is at most 64 bytes of UTF-8."""
    return name.encode("utf-8")[:64].decode("utf-8", errors="ignore") or "Staatsprint"
