"""SCTP as scapy builds it: every chunk type (DATA, INIT and INIT ACK with
their parameters, SACK with gaps and duplicates, HEARTBEAT, ABORT,
SHUTDOWN and its acknowledgements, ERROR, COOKIE ECHO and ACK, ECNE,
CWR, AUTH, ASCONF, RE-CONFIG, FORWARD TSN, I-DATA, PAD), over IPv4 and
IPv6."""
from scapy.all import (
    Ether, IP, IPv6, Raw, SCTP, SCTPChunkData, SCTPChunkInit, SCTPChunkInitAck, SCTPChunkSACK, SCTPChunkHeartbeatReq,
    SCTPChunkHeartbeatAck, SCTPChunkAbort, SCTPChunkShutdown, SCTPChunkShutdownAck, SCTPChunkError, SCTPChunkCookieEcho,
    SCTPChunkCookieAck, SCTPChunkShutdownComplete, SCTPChunkAuthentication, SCTPChunkAddressConf, SCTPChunkAddressConfAck,
    SCTPChunkReConfig, SCTPChunkForwardTSN, SCTPChunkIData, SCTPChunkIForwardTSN, SCTPChunkPad,
    SCTPChunkParamIPv4Addr, SCTPChunkParamIPv6Addr, SCTPChunkParamStateCookie, SCTPChunkParamCookiePreservative,
    SCTPChunkParamHostname, SCTPChunkParamSupportedAddrTypes, SCTPChunkParamECNCapable, SCTPChunkParamFwdTSN,
    SCTPChunkParamAdaptationLayer, SCTPChunkParamRandom, SCTPChunkParamChunkList, SCTPChunkParamRequestedHMACFunctions,
    SCTPChunkParamSupportedExtensions, SCTPChunkParamHeartbeatInfo, SCTPChunkParamAddIPAddr, SCTPChunkParamDelIPAddr,
    SCTPChunkParamSetPrimaryAddr, SCTPChunkParamOutSSNResetReq,
)

MAC = dict(src="02:00:00:00:00:01", dst="02:00:00:00:00:02")
V4 = IP(src="198.18.0.1", dst="198.18.0.2")
S = SCTP(sport=5000, dport=5001, tag=0x11223344)

CHUNKS = [
    SCTPChunkData(tsn=1, stream_id=1, stream_seq=0, proto_id=0, data=b"hello"),
    SCTPChunkData(unordered=1, beginning=1, ending=0, tsn=2, stream_id=2, stream_seq=5, proto_id=46, data=b"x" * 20),
    SCTPChunkData(beginning=0, ending=1, delay_sack=1, tsn=3, proto_id=0xdeadbeef, data=b"yz"),
    SCTPChunkInit(init_tag=0x01020304, a_rwnd=65535, n_out_streams=10, n_in_streams=65535, init_tsn=1, params=[
        SCTPChunkParamIPv4Addr(addr="198.18.0.1"), SCTPChunkParamIPv6Addr(addr="2001:db8::1"),
        SCTPChunkParamCookiePreservative(sug_cookie_inc=1000), SCTPChunkParamHostname(hostname=b"host"),
        SCTPChunkParamSupportedAddrTypes(addr_type_list=["IPv4", "IPv6"]), SCTPChunkParamECNCapable(),
        SCTPChunkParamFwdTSN(), SCTPChunkParamAdaptationLayer(indication=7),
        SCTPChunkParamSupportedExtensions(supported_extensions=[130, 15, 193]),
        SCTPChunkParamRandom(random=b"\x01" * 32), SCTPChunkParamChunkList(chunk_list=[0, 3]),
        SCTPChunkParamRequestedHMACFunctions(HMAC_functions_list=["SHA-1"])]),
    SCTPChunkInitAck(init_tag=0x05060708, a_rwnd=1000, n_out_streams=1, n_in_streams=1, init_tsn=100, params=[
        SCTPChunkParamStateCookie(cookie=b"\x00" * 12)]),
    SCTPChunkSACK(cumul_tsn_ack=10, a_rwnd=5000, gap_ack_list=["2:3", "5:6"], dup_tsn_list=[4, 9]),
    SCTPChunkSACK(cumul_tsn_ack=10, a_rwnd=5000),
    SCTPChunkHeartbeatReq(params=[SCTPChunkParamHeartbeatInfo(data=b"\x01\x02\x03\x04")]),
    SCTPChunkHeartbeatAck(params=[SCTPChunkParamHeartbeatInfo(data=b"\x01\x02\x03\x04")]),
    SCTPChunkAbort(TCB=1, error_causes=b"\x00\x0c\x00\x06ab\x00\x00"),
    SCTPChunkShutdown(cumul_tsn_ack=77),
    SCTPChunkShutdownAck(),
    SCTPChunkError(error_causes=b"\x00\x01\x00\x08\x00\x05\x00\x00"),
    SCTPChunkCookieEcho(cookie=b"\x00" * 12),
    SCTPChunkCookieAck(),
    Raw(bytes.fromhex("0c000008" + "00000005")),
    Raw(bytes.fromhex("0d000008" + "00000005")),
    SCTPChunkShutdownComplete(TCB=1),
    SCTPChunkAuthentication(shared_key_id=1, HMAC_function=1, HMAC=b"\x00" * 20),
    SCTPChunkAddressConf(seq=1, params=[SCTPChunkParamAddIPAddr(correlation_id=1, addr="198.18.0.9")]),
    SCTPChunkAddressConfAck(seq=1),
    SCTPChunkReConfig(params=[SCTPChunkParamOutSSNResetReq(re_conf_req_seq_num=1, re_conf_res_seq_num=0, tsn=9, stream_num_list=[1, 2])]),
    SCTPChunkForwardTSN(new_tsn=20, skips=[]),
    SCTPChunkIData(beginning=1, ending=1, tsn=30, stream_id=1, message_id=2, ppid_fsn=0, data=b"idata"),
    SCTPChunkIForwardTSN(new_tsn=21),
    SCTPChunkPad(padding=b"\x00" * 8),
    Raw(bytes.fromhex("c1000004")),
    Raw(bytes.fromhex("40000008" + "01020304")),
]

PACKETS = [Ether(**MAC) / V4 / S / ch for ch in CHUNKS] + [
    Ether(**MAC) / V4 / S / SCTPChunkCookieEcho(cookie=b"\x00" * 4) / SCTPChunkData(tsn=5, data=b"abc") / SCTPChunkSACK(cumul_tsn_ack=3),
    Ether(**MAC) / IPv6(src="2001:db8::1", dst="2001:db8::2") / S / SCTPChunkData(tsn=6, proto_id=51, data=b"webrtc"),
    Ether(**MAC) / V4 / SCTP(sport=2905, dport=2905) / SCTPChunkData(tsn=1, proto_id=3, data=bytes.fromhex("01000301000000100210000800000001")),
    Ether(**MAC) / V4 / SCTP(sport=1, dport=2, chksum=0x1234) / SCTPChunkData(tsn=1, data=b"bad"),
    Ether(**MAC) / V4 / SCTP(sport=1, dport=2),
]

CASES = [
    ("net-sctp", PACKETS, dict(cuts=(40, 48, 54, 62, 70))),
]

if __name__ == "__main__":
    from net_run import run

    run("net_sctp", CASES)
