# Generates ikev1-kdf-vectors.txt: an implementation of the RFC 2409 §5 / App. B formulas independent of the Java
# code (Python 3 hmac/hashlib), over fixed inputs. Run: python3 gen-ikev1-kdf-vectors.py > ikev1-kdf-vectors.txt
import hmac, hashlib, struct
def prf(k, d): return hmac.new(k, d, hashlib.sha1).digest()
psk = b"interop-test-psk"
ni = bytes(range(0x10, 0x30)); nr = bytes(range(0x40, 0x60))
gxy = bytes((i * 7 + 3) & 0xff for i in range(128))
gxi = bytes((i * 5 + 1) & 0xff for i in range(128)); gxr = bytes((i * 11 + 9) & 0xff for i in range(128))
ckyi = bytes.fromhex("0102030405060708"); ckyr = bytes.fromhex("1112131415161718")
skeyid = prf(psk, ni + nr)
d = prf(skeyid, gxy + ckyi + ckyr + b"\0"); a = prf(skeyid, d + gxy + ckyi + ckyr + b"\1")
e = prf(skeyid, a + gxy + ckyi + ckyr + b"\2")
k1 = prf(e, b"\0"); k2 = prf(e, k1); ka32 = (k1 + k2)[:32]
sai = bytes.fromhex("00000001000000010000002c0101000100000024010100000e000080800b0001800c5180")
idii = bytes.fromhex("0200000061")
hi = prf(skeyid, gxi + gxr + ckyi + ckyr + sai + idii); hr = prf(skeyid, gxr + gxi + ckyr + ckyi + sai + idii)
mid = struct.pack(">I", 0x01020304); rest = bytes.fromhex("0a00000c0102030405060708")
h1 = prf(a, mid + rest); h2 = prf(a, mid + ni + rest); h3 = prf(a, b"\0" + mid + ni + nr)
spi = struct.pack(">I", 0xc0ffee01)
def km(g, n):
    out = b""; k = b""
    while len(out) < n:
        k = prf(d, k + g + bytes([3]) + spi + ni + nr); out += k
    return out[:n]
iv1 = hashlib.sha1(gxi + gxr).digest()[:16]
print("# IKEv1 (RFC 2409 §5, App. B) HMAC-SHA1 derivations over fixed inputs, computed independently of the Java")
print("# code by gen-ikev1-kdf-vectors.py (Python 3 hmac/hashlib); inputs first, then results.")
for k, v in [("psk", psk), ("ni", ni), ("nr", nr), ("gxy", gxy), ("gxi", gxi), ("gxr", gxr), ("ckyI", ckyi),
             ("ckyR", ckyr), ("saiB", sai), ("idB", idii), ("mid", mid), ("rest", rest), ("spi", spi),
             ("skeyid", skeyid), ("skeyidD", d), ("skeyidA", a), ("skeyidE", e), ("ka32", ka32), ("hashI", hi),
             ("hashR", hr), ("hash1", h1), ("hash2", h2), ("hash3", h3), ("keymat56", km(b"", 56)),
             ("keymatPfs56", km(gxy, 56)), ("phase1Iv", iv1)]:
    print(k + "=" + v.hex())
