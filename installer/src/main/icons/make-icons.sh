#!/bin/sh
# SPDX-License-Identifier: AGPL-3.0-or-later
# Draws the app icon with ImageMagick (no font, no SVG delegate needed) and writes the files jpackage
# takes: disclosure-desk.png (Linux, 256 px) and disclosure-desk.ico (Windows, 16–256 px).
# The outputs are committed, so a Windows build needs no ImageMagick; rerun only to change the design.
# Design: a red rounded square (the office's seal colour), a white page with a red title line and grey
# text lines, and a gold round seal with a white tick — "a published, checked document".
set -eu
cd "$(dirname "$0")"
convert -size 1024x1024 xc:none \
  -fill '#B3261E' -draw 'roundrectangle 32,32 991,991 190,190' \
  -fill '#FFFFFF' -draw 'roundrectangle 250,170 774,860 40,40' \
  -fill '#B3261E' -draw 'roundrectangle 330,270 694,318 20,20' \
  -fill '#9AA5AE' -draw 'roundrectangle 330,390 694,420 15,15' \
  -fill '#9AA5AE' -draw 'roundrectangle 330,480 694,510 15,15' \
  -fill '#9AA5AE' -draw 'roundrectangle 330,570 560,600 15,15' \
  -fill '#F2B01E' -stroke '#FFFFFF' -strokewidth 22 -draw 'circle 730,760 730,920' \
  -fill none -stroke '#FFFFFF' -strokewidth 40 -draw 'polyline 655,765 712,822 815,712' \
  master.png
convert master.png -filter Lanczos -resize 256x256 disclosure-desk.png
convert master.png -filter Lanczos \
  \( -clone 0 -resize 16x16 \) \( -clone 0 -resize 24x24 \) \( -clone 0 -resize 32x32 \) \
  \( -clone 0 -resize 48x48 \) \( -clone 0 -resize 64x64 \) \( -clone 0 -resize 128x128 \) \
  \( -clone 0 -resize 256x256 \) -delete 0 -depth 8 disclosure-desk.ico
rm master.png
