"""The strace reader the no-network proof relies on: real lines of strace 6.1, each judged."""

from __future__ import annotations

import pytest

from tests.nonet.trace_check import network_calls, traced_processes

LOCAL = [
    '7599  connect(3, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110) = -1 ENOENT (No such file or directory)',
    '81 connect(5, {sa_family=AF_UNSPEC, sa_data="\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0"}, 16) = 0',
    '81 sendto(4, [{nlmsg_len=20, nlmsg_type=RTM_GETLINK, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=1, nlmsg_pid=0}], 20, 0, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 20',
    '12 sendto(3, "\\0\\0\\0\\10\\4\\322\\26/", 8, MSG_NOSIGNAL, NULL, 0) = 8',
    '12 sendmsg(7, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="x", iov_len=1}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, MSG_NOSIGNAL) = 1',
    '12 connect(3, {sa_family=AF_INET, sin_port=htons(43009), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 EINPROGRESS (Operation now in progress)',
    '12 connect(3, {sa_family=AF_INET6, sin6_port=htons(43009), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = 0',
]
NETWORK = [
    '7599  connect(3, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("192.0.2.1")}, 16) = -1 ENETUNREACH (Network is unreachable)',
    '12 connect(3, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("127.0.0.53")}, 16) = 0',
    '12 connect(3, {sa_family=AF_INET, sin_port=htons(5432), sin_addr=inet_addr("127.0.0.1")}, 16) = 0',
    '12 sendto(3, "\\1\\2", 2, MSG_NOSIGNAL, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("8.8.8.8")}, 16) = 2',
    '12 sendmsg(7, {msg_name={sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2001:db8::1", &sin6_addr), sin6_scope_id=0}, msg_namelen=28}, 0) = 1',
    '12 connect(3, {sa_family=AF_PACKET, sll_protocol=htons(ETH_P_ALL)}, 20) = 0',
]


@pytest.mark.parametrize("line", LOCAL)
def test_calls_on_this_machine_or_to_the_tests_own_server_are_allowed(line):
    assert network_calls(line, allowed_port=43009) == []


@pytest.mark.parametrize("line", NETWORK)
def test_every_other_call_is_a_network_call(line):
    assert network_calls(line, allowed_port=43009) == [line]


def test_without_a_server_even_loopback_tcp_is_a_network_call():
    assert network_calls(LOCAL[5]) == [LOCAL[5]]


def test_started_programs_are_counted():
    trace = ('5 execve("/usr/bin/python3", ["python3", "-m", "app"], 0x7ffd /* 30 vars */) = 0\n'
             '6 execve("/nonexistent", ["x"], 0x7ffd /* 30 vars */) = -1 ENOENT (No such file or directory)\n')
    assert traced_processes(trace) == 1
