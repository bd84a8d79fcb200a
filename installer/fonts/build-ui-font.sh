#!/bin/sh
# SPDX-License-Identifier: AGPL-3.0-or-later
# The window's faces, NotoSansCJKsc-Regular.ui.otf and NotoSansCJKsc-Bold.gb2312.otf (the bold is
# also the PDF's 黑体 heading face): Noto Sans CJK SC (Debian fonts-noto-cjk, face 2 of each collection)
# subset to what the window shows without a system CJK font:
# ASCII/Latin-1/punctuation/CJK symbols/full-width forms, the 6,763 GB2312 hanzi, and every character the
# app's own text uses (string literals in app/src/main/java — bundles' keys, statutory labels — and the
# text resources). UiFontCoverageTest fails when new text needs a character this file lacks: then rerun
#   sh installer/fonts/build-ui-font.sh        (as root for apt-get download; about a minute)
# Rarer characters in typed data (names) come from the system's CJK font (Windows: Microsoft YaHei).
# See docs/decisions/0003-shipped-cjk-fonts.md.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
FONTS=$ROOT/app/src/main/resources/fonts
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
(cd "$W" && apt-get download fonts-noto-cjk >/dev/null && dpkg-deb -x fonts-noto-cjk_*.deb x)
/usr/bin/python3 - "$ROOT" "$W/chars.txt" <<'PY'
import pathlib, re, sys
root, out = pathlib.Path(sys.argv[1]), sys.argv[2]
chars = set()
for b1 in range(0xB0, 0xF8):                      # GB2312 level 1 and 2 hanzi
    for b2 in range(0xA1, 0xFF):
        try: chars.add(ord(bytes([b1, b2]).decode('gb2312')))
        except UnicodeDecodeError: pass
main = root / 'app/src/main'
literal = re.compile(r'"((?:[^"\\\n]|\\.)*)"')      # Java string literals, as UiFontCoverageTest reads them
for f in main.rglob('*'):
    # not traditional-to-simplified.txt: its traditional side is input to fold, never shown
    if not f.is_file() or f.name == 'traditional-to-simplified.txt':
        continue
    if f.suffix == '.java':
        text = ''.join(literal.findall(f.read_text(encoding='utf-8')))
    elif f.suffix in ('.properties', '.csv', '.txt', '.css'):
        text = f.read_text(encoding='utf-8')
    else:
        continue
    chars.update(ord(c) for c in text if ord(c) > 0x7E)
open(out, 'w').write('\n'.join('U+%04X' % c for c in sorted(chars)))
print(len(chars), 'code points from GB2312 and the app\'s text')
PY
BASE='U+0020-007E,U+00A0-00FF,U+2000-206F,U+2100-218F,U+2190-21FF,U+2200-22FF,U+2460-24FF,U+25A0-25FF,U+3000-303F,U+3200-32FF,U+FE10-FE1F,U+FE30-FE6F,U+FF00-FFEF'
N=$W/x/usr/share/fonts/opentype/noto
# No OpenType layout features: neither JavaFX (CJK is not "complex" text to it) nor iText (no GSUB without
# pdfCalligraph) applies them, and the vertical, locale (JP/KR/TC) and width alternates they pull in were
# 45 % of each file (issue 17: install size).
sub() { /usr/bin/python3 -m fontTools.subset "$@" --unicodes="$BASE" --unicodes-file="$W/chars.txt" \
        --layout-features='' '--name-IDs=*' '--name-languages=*' --notdef-outline; }
sub "$N/NotoSansCJK-Regular.ttc" --font-number=2 --output-file="$FONTS/NotoSansCJKsc-Regular.ui.otf"
# The bold face goes into PDFs too: --retain-gids keeps the glyph ids the PDF/A CIDSet rule checks.
sub "$N/NotoSansCJK-Bold.ttc" --font-number=2 --retain-gids --output-file="$FONTS/NotoSansCJKsc-Bold.gb2312.otf"
ls -la "$FONTS"/NotoSansCJKsc-*
