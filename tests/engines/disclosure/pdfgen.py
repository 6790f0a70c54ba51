"""A minimal text-PDF writer for tests: CJK text through Identity-H fonts with a ToUnicode map."""

from __future__ import annotations

from pathlib import Path

_TOUNICODE = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
1 beginbfrange
<0000> <FFFF> <0000>
endbfrange
endcmap
CMapName currentdict /CIDInit /ProcSet findresource pop end
end
"""


def write_pdf(path: Path, lines: list[tuple[str, bool, float]]) -> None:
    """Write ``lines`` of (text, bold, size) top-down on one A4 page; CID = Unicode code point."""
    content = []
    y = 800.0
    for text, bold, size in lines:
        hexs = "".join(f"{ord(ch):04X}" for ch in text)
        font = "/F2" if bold else "/F1"
        content.append(f"BT {font} {size} Tf 50 {y:.1f} Td <{hexs}> Tj ET")
        y -= size * 1.8
    stream = "\n".join(content).encode("ascii")

    def font(name: bytes, num: int) -> bytes:
        return (
            b"<< /Type /Font /Subtype /Type0 /BaseFont /" + name + b" /Encoding /Identity-H "
            b"/DescendantFonts [" + str(num).encode() + b" 0 R] /ToUnicode 9 0 R >>"
        )

    def cid(name: bytes) -> bytes:
        return (
            b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /" + name + b" "
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>"
        )

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        font(b"SimSun", 7),
        font(b"SimSun-Bold", 8),
        cid(b"SimSun"),
        cid(b"SimSun-Bold"),
        b"<< /Length " + str(len(_TOUNICODE)).encode() + b" >>\nstream\n" + _TOUNICODE + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
