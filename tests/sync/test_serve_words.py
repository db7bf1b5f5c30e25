"""What ``staatsprint serve`` says about who can reach the server (no server needed)."""

from __future__ import annotations

from app.cli_serve import reach_warnings


def test_no_network_found_is_said_only_when_the_address_was_guessed():
    assert "no network address found" in reach_warnings("127.0.0.1", "*", host_given=False)[0]


def test_a_loopback_host_given_on_purpose_says_this_laptop_only_without_claiming_no_network():
    [line] = reach_warnings("127.0.0.1", "127.0.0.1", host_given=True)
    assert "point at 127.0.0.1" in line and "this laptop only" in line and "no network" not in line


def test_a_network_host_with_a_loopback_listen_warns_the_others_cannot_reach_it():
    [line] = reach_warnings("192.168.1.20", "127.0.0.1", host_given=True)
    assert "listening on 127.0.0.1 only" in line and "192.168.1.20" in line


def test_a_reachable_server_has_nothing_to_warn():
    assert reach_warnings("192.168.1.20", "*", host_given=False) == []
    assert reach_warnings("192.168.1.20", "192.168.1.20", host_given=True) == []
