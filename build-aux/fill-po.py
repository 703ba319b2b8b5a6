#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Maintainer helper, not part of the build: regenerates po/koers.pot from POTFILES.in,
# merges it into po/nl.po and fills in translations from a Python dict file
#   build-aux/fill-po.py TRANSLATIONS.py
# where TRANSLATIONS.py defines T = {msgid: msgstr or [singular, plural]}, with
# "context\x04msgid" for messages that have a context. Existing translations are kept.
import subprocess, sys, os, runpy
top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.chdir(top)
T = runpy.run_path(sys.argv[1])['T'] if len(sys.argv) > 1 else {}
subprocess.run(['xgettext', '--files-from=po/POTFILES.in', '--directory=.', '--output=po/koers.pot',
                '--from-code=UTF-8', '--add-comments=Translators', '--package-name=koers',
                '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
                '--keyword=ngettext:1,2'], check=True)
subprocess.run(['msgmerge', '--quiet', '--update', '--no-fuzzy-matching', '--backup=none',
                'po/nl.po', 'po/koers.pot'], check=True)
import polib  # noqa: E402  (python3-polib)
po = polib.pofile('po/nl.po', wrapwidth=79)
missing = []
for e in po:
    if e.obsolete:
        continue
    key = (e.msgctxt + '\x04' if e.msgctxt else '') + e.msgid
    if key in T:
        v = T[key]
        if e.msgid_plural:
            e.msgstr_plural = {0: v[0], 1: v[1]}
        else:
            e.msgstr = v
        if 'fuzzy' in e.flags:
            e.flags.remove('fuzzy')
    elif not e.translated():
        missing.append(key)
for e in [e for e in po if e.obsolete]:
    po.remove(e)
po.save()
for m in missing:
    print('untranslated:', repr(m))
