"""api-ssl without certificates: librouteros over an anonymous-DH TLS socket (community.routeros force_no_cert)."""
import ssl
import sys

from librouteros import connect

port = int(sys.argv[1])
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
ctx.set_ciphers("ADH:@SECLEVEL=0")
ctx.maximum_version = ssl.TLSVersion.TLSv1_2
api = connect(host="127.0.0.1", username="admin", password="pw", port=port, ssl_wrapper=ctx.wrap_socket)
name = list(api.path("/system/identity"))[0]["name"]
assert name == "adh-test", name
cipher = api.protocol.transport.sock.cipher()[0]
assert cipher.startswith("ADH"), cipher
print("ADH OK", cipher)
