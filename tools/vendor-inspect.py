#!/usr/bin/env python3
"""Copies the parts of RouterOS's /console/inspect trees (public-domain dumps collected by tikoci/restraml, found in
../shared/spec/inspect) that the emulator implements into emulator-shell's test resources, so the golden schema test
runs on a fresh clone. Run from the repository root: python3 tools/vendor-inspect.py [../shared/spec/inspect]."""
import json, os, sys

SRC = sys.argv[1] if len(sys.argv) > 1 else '../shared/spec/inspect'
OUT = 'emulator-shell/src/test/resources/inspect'
FILES = {'7.12.2': '7.12.2.json', '7.16.2': '7.16.2.json', '7.20.8': '7.20.8.json',
         '7.22.2': '7.22.2-deep.json', '7.24': '7.24.json'}
# Whole subtrees, and menus of which only the node's own commands are kept (their sub-menus are not emulated).
SUBTREES = ['ip/ipsec', 'system/identity', 'system/note', 'user/group', 'user/active', 'user/ssh-keys',
            'ip/address', 'ip/service', 'log', 'file', 'system/resource', 'system/routerboard', 'system/license',
            'system/package', 'system/ntp/client']
SHALLOW = ['interface', 'user', 'system/clock', 'system', 'ip', 'certificate', '']


def strip(node, deep):
    out = {'_type': node.get('_type')}
    if 'desc' in node:
        out['desc'] = node['desc']
    if '_completion' in node:
        out['completion'] = sorted(node['_completion'].keys())
    for k, v in node.items():
        if k.startswith('_') or not isinstance(v, dict):
            continue
        t = v.get('_type')
        if t == 'arg' or t == 'cmd' or deep:
            out[k] = strip(v, deep or t == 'cmd')
    return out


def walk(tree, path):
    n = tree
    for part in [p for p in path.split('/') if p]:
        n = n.get(part)
        if n is None:
            return None
    return n


os.makedirs(OUT, exist_ok=True)
for ver, f in FILES.items():
    tree = json.load(open(os.path.join(SRC, f)))
    out = {}
    for p in SUBTREES + SHALLOW:
        n = walk(tree, p)
        if n is None:
            continue
        key = '/' + p if p else ''
        if p in SHALLOW:
            s = {'_type': n.get('_type', 'dir')}
            for k, v in n.items():
                if isinstance(v, dict) and v.get('_type') == 'cmd':
                    s[k] = strip(v, True)
            out[key] = s
        else:
            out[key] = strip(n, True)
    with open(os.path.join(OUT, ver + '.json'), 'w') as fh:
        json.dump(out, fh, indent=0, sort_keys=True)
    print(ver, os.path.getsize(os.path.join(OUT, ver + '.json')))
