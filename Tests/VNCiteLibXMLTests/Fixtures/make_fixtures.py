#!/usr/bin/env python3
"""Writes the HTML fixtures that are not UTF-8.

    python3 Tests/VNCiteLibXMLTests/Fixtures/make_fixtures.py

baotinh-cp1258.html  Windows-1258 bytes, declared with <meta http-equiv ... charset=windows-1258>.
                     Python's cp1258 codec has no precomposed "ệ", so letters are written the
                     way Windows writes them: a precomposed byte when the code page has one,
                     else base letter + combining tone byte.
huyenuy-utf16.html   UTF-16LE with a byte order mark, declared <meta charset="utf-16">.
tcvn3-vntime.html    TCVN3 (ABC) bytes on a page declared iso-8859-1, text in ".VnTime" fonts,
                     as pages typed before Unicode were published. Encoded with the TCVN3 table
                     of vn-document-ids.md §8.4, written out here independently of the Swift one.
"""
import os
import unicodedata

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "html")

TONES = {"\u0300": 0, "\u0301": 1, "\u0309": 2, "\u0303": 3, "\u0323": 4}  # grave acute hook tilde dot
CP1258_TONE_BYTES = {0: 0xCC, 1: 0xEC, 2: 0xD2, 3: 0xDE, 4: 0xF2}


def cp1258(text):
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        tone = [c for c in decomposed if c in TONES]
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))
        if len(tone) != 1:
            raise ValueError("cannot write %r in cp1258" % ch)
        out += base.encode("cp1258") + bytes([CP1258_TONE_BYTES[TONES[tone[0]]]])
    return bytes(out)


# TCVN3 rows: level, grave, acute, hook, tilde, dot (vn-document-ids.md §8.4).
TCVN3_ROWS = {
    "a": "a\xb5\xb8\xb6\xb7\xb9", "ă": "\xa8\xbb\xbe\xbc\xbd\xc6", "â": "\xa9\xc7\xca\xc8\xc9\xcb",
    "e": "e\xcc\xd0\xce\xcf\xd1", "ê": "\xaa\xd2\xd5\xd3\xd4\xd6", "i": "i\xd7\xdd\xd8\xdc\xde",
    "o": "o\xdf\xe3\xe1\xe2\xe4", "ô": "\xab\xe5\xe8\xe6\xe7\xe9", "ơ": "\xac\xea\xed\xeb\xec\xee",
    "u": "u\xef\xf3\xf1\xf2\xf4", "ư": "\xad\xf5\xf8\xf6\xf7\xf9", "y": "y\xfa\xfd\xfb\xfc\xfe",
}
TCVN3_OTHERS = {"đ": 0xAE, "Đ": 0xA7, "Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6}
TONE_ORDER = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]


def tcvn3_table():
    table = dict(TCVN3_OTHERS)
    for base, row in TCVN3_ROWS.items():
        for tone, byte in zip(TONE_ORDER, row):
            letter = unicodedata.normalize("NFC", base + tone)
            if ord(byte) >= 0x80:
                table[letter] = ord(byte)
    return table


def tcvn3(text):
    table = tcvn3_table()
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 0x80:
            out.append(ord(ch))
        elif ch in table:
            out.append(table[ch])
        else:
            raise ValueError("cannot write %r in TCVN3" % ch)
    return bytes(out)


BAOTINH = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>Báo Hà Tĩnh - Tỉnh ủy quán triệt Nghị quyết số 05-NQ/TU về chuyển đổi số</title>
<link rel="canonical" href="https://baohatinh.vn/chinh-tri/tinh-uy-quan-triet-nghi-quyet-so-05-nq-tu-ve-chuyen-doi-so/241122.htm">
<script language="javascript">var tin = "Nghị quyết số 444-NQ/TU trong script";</script>
</head>
<body>
<div id="top"><div class="ngay-hom-nay">Hôm nay, ngày 27 tháng 12 năm 2022</div></div>
<div id="menu"><a href="/">Trang chủ</a> | <a href="/chinh-tri">Chính trị</a> | <a href="/kinh-te">Kinh tế</a> | <a href="/xa-hoi">Xã hội</a> | <a href="/van-hoa">Văn hóa</a></div>
<div id="main">
  <div class="detail">
    <h1>Tỉnh ủy quán triệt Nghị quyết số 05-NQ/TU về chuyển đổi số</h1>
    <div class="ngay-dang">Thứ hai, 26/12/2022, 13:45 (GMT+7)</div>
    <div class="sapo"><b>(Baohatinh.vn) - Sáng nay, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến quán triệt, triển khai Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số tỉnh Hà Tĩnh đến năm 2025, định hướng đến năm 2030.</b></div>
    <div class="content">
      <p>Nghị quyết xác định chuyển đổi số là nhiệm vụ trọng tâm, xuyên suốt, gắn với thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị và Nghị quyết Trung ương 4 (khóa XII) về tăng cường xây dựng, chỉnh đốn Đảng.</p>
      <p>Các cơ quan, đơn vị được yêu cầu thực hiện nghiêm Nghị định 15/2020/NĐ-CP, bảo đảm an toàn, an ninh mạng; phấn đấu đến năm 2025 có 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.</p>
      <p>Đồng chí Bí thư Tỉnh ủy nhấn mạnh: "Mỗi cán bộ, đảng viên phải là một tuyên truyền viên về chuyển đổi số".</p>
      <p align="right"><b>Thu Hà</b></p>
    </div>
    <div class="cac-tin-khac">
      <div class="tieu-de">Các tin khác</div>
      <ul>
        <li><a href="/a.htm">Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12</a></li>
        <li><a href="/b.htm">Triển khai Chỉ thị số 15-CT/TU về công tác dân vận</a></li>
        <li><a href="/c.htm">Tổng kết Nghị quyết số 08-NQ/TU</a></li>
      </ul>
    </div>
  </div>
  <div class="box-thong-ke">Lượt truy cập: 9.876.543</div>
</div>
<div id="footer">Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh</div>
</body>
</html>
"""

HUYENUY = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-16">
<title>Huyện ủy Hải Lăng</title>
<meta property="og:title" content="Huyện ủy Hải Lăng sơ kết Nghị quyết Trung ương 4 (khóa XII)">
<meta property="og:url" content="https://huyenuyhailang.vn/tin-tuc/so-ket-nghi-quyet-trung-uong-4-khoa-xii-1022.html">
</head>
<body>
<div class="menu"><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a> <a href="/van-ban">Văn bản</a> <a href="/lien-he">Liên hệ</a></div>
<div class="main-content">
  <h2 class="title">Huyện ủy Hải Lăng sơ kết Nghị quyết Trung ương 4 (khóa XII)</h2>
  <p class="time">10.2.2017 - 16:51</p>
  <p>Ngày 10/2, Ban Thường vụ Huyện ủy Hải Lăng tổ chức sơ kết một năm thực hiện Nghị quyết Trung ương 4 (khóa XII) gắn với Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.</p>
  <p>Hội nghị đã thảo luận, thống nhất các giải pháp thực hiện Quy định số 47-QĐ/TW về những điều đảng viên không được làm và Quy định số 101-QĐ/TW về trách nhiệm nêu gương của cán bộ, đảng viên.</p>
</div>
<div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Twitter</a></div>
</body>
</html>
"""

VNTIME = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Ban Tuyên giáo Tỉnh ủy - Hướng dẫn học tập Nghị quyết Đại hội Đảng bộ tỉnh</title>
</head>
<body>
<table width="760" align="center">
<tr><td class="menu"><a href="index.htm">Trang chủ</a> | <a href="gioithieu.htm">Giới thiệu</a> | <a href="tintuc.htm">Tin tức</a> | <a href="vanban.htm">Văn bản</a></td></tr>
<tr><td>
<div class="content"><font face=".VnTime">
<h1><font face=".VnTimeH">Hướng dẫn học tập Nghị quyết Đại hội Đảng bộ tỉnh</font></h1>
<p class="date">Ngày đăng: 05/09/2008</p>
<p>Thực hiện Hướng dẫn số 12-HD/TW của Ban Tuyên giáo Trung ương, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy tổ chức học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV và Chỉ thị số 06-CT/TW của Bộ Chính trị về tổ chức cuộc vận động học tập và làm theo tấm gương đạo đức Hồ Chí Minh.</p>
<p>Việc học tập phải gắn với Nghị quyết Trung ương 5 (khóa X) về công tác tư tưởng, lý luận và báo chí trước yêu cầu mới.</p>
</font></div>
</td></tr>
<tr><td class="footer">Ban Tuyên giáo Tỉnh ủy</td></tr>
</table>
</body>
</html>
"""


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def main():
    write("baotinh-cp1258.html", cp1258(BAOTINH))
    write("huyenuy-utf16.html", b"\xff\xfe" + HUYENUY.encode("utf-16-le"))
    write("tcvn3-vntime.html", tcvn3(VNTIME))
    # Round trips that keep the generator honest.
    assert (open(os.path.join(HERE, "huyenuy-utf16.html"), "rb").read()[2:].decode("utf-16-le") == HUYENUY)
    decoded = unicodedata.normalize("NFC", cp1258(BAOTINH).decode("cp1258"))
    assert decoded == BAOTINH, "cp1258 round trip"


if __name__ == "__main__":
    main()
