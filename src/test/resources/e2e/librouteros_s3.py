"""Scenario S3 of routeros-api.md §5 with Debian's librouteros 3.1.0: login, path('/ip/ipsec/peer')
add/update/select/remove, typed queries, traps. Arguments: port, password. Prints one line per check and
'S3 OK' at the end; any failed check raises (exit status 1)."""
import ssl
import sys

from librouteros import connect
from librouteros.exceptions import MultiTrapError, TrapError
from librouteros.login import token
from librouteros.query import Key

port = int(sys.argv[1])
password = sys.argv[2]
tls_port = int(sys.argv[3]) if len(sys.argv) > 3 else 0


def check(label, actual, expected):
    if actual != expected:
        raise AssertionError('%s: expected %r, got %r' % (label, expected, actual))
    print('%s: %r' % (label, actual))


def trap_of(fn):
    try:
        fn()
    except (TrapError, MultiTrapError) as e:
        return e
    raise AssertionError('no trap from %r' % fn)


api = connect(host='127.0.0.1', username='admin', password=password, port=port, timeout=10)
peers = api.path('ip', 'ipsec', 'peer')

pid = peers.add(name='p2', address='10.0.0.2/32')
check('add returns an id', pid.startswith('*'), True)
peers.update(**{'.id': pid, 'comment': 'x'})

rows = tuple(peers.select(Key('.id'), Key('name')).where(Key('name') == 'p2'))
check('select .id,name where name==p2', rows, ({'.id': pid, 'name': 'p2'},))

full = tuple(peers)
check('one peer in a plain print', len(full), 1)
p = full[0]
check('address', p['address'], '10.0.0.2/32')
check('comment', p['comment'], 'x')
check('profile (default printed)', p['profile'], 'default')
check('exchange-mode (default printed)', p['exchange-mode'], 'main')
check('disabled cast to bool', p['disabled'], False)
check('send-initial-contact cast to bool', p['send-initial-contact'], True)
check('unset local-address omitted', 'local-address' in p, False)

# Booleans go out as yes/no and match items printed true/false (§1.5).
check('where disabled == False',
      tuple(peers.select(Key('name')).where(Key('disabled') == False)), ({'name': 'p2'},))  # noqa: E712
check('where disabled == True', tuple(peers.select(Key('name')).where(Key('disabled') == True)), ())  # noqa: E712
check('where name In p2,p9', tuple(peers.select(Key('name')).where(Key('name').In('p2', 'p9'))), ({'name': 'p2'},))
check('where name != p2', tuple(peers.select(Key('name')).where(Key('name') != 'p2')), ())

# A second peer: integers are cast on the way back (port), and an update with a bool goes out as yes/no.
pid3 = peers.add(name='p3', address='10.0.0.3/32', port=4500, passive=True)
p3 = tuple(peers.select(Key('name'), Key('port'), Key('passive')).where(Key('.id') == pid3))
check('p3 port is an int, passive a bool', p3, ({'name': 'p3', 'port': 4500, 'passive': True},))
peers.update(**{'.id': pid3, 'passive': False})
check('passive updated through yes/no',
      tuple(peers.select(Key('passive')).where(Key('name') == 'p3')), ({'passive': False},))

dup = trap_of(lambda: peers.add(name='p2', address='10.0.0.9/32'))
print('duplicate name: %s' % dup)
check('duplicate add is a single trap', type(dup), TrapError)
check('nothing added by the refused add', len(tuple(peers)), 2)

bad = trap_of(lambda: peers.add(name='p4', profile='nope'))
print('bad profile: %s' % bad)
check('bad profile names the property', 'profile' in str(bad), True)
check('no p4 half-added', tuple(peers.select(Key('name')).where(Key('name') == 'p4')), ())

unknown_verb = trap_of(lambda: tuple(api('/ip/ipsec/peer/foo')))
check('unknown verb', str(unknown_verb), 'no such command or directory (foo)')
unknown_menu = trap_of(lambda: tuple(api('/ip/ipsec/pear/print')))
check('unknown menu is a MultiTrapError', type(unknown_menu), MultiTrapError)
check('unknown menu messages', [t.message for t in unknown_menu.traps],
      ['no such command or directory (pear)', 'no such command prefix'])
unknown_param = trap_of(lambda: peers.add(name='p5', colour='red'))
check('unknown parameter', str(unknown_param), 'unknown parameter colour')

missing = trap_of(lambda: peers.remove('*7FFF'))
print('remove of a missing id: %s' % missing)
check('session still usable after traps', len(tuple(peers)), 2)

peers.remove(pid, pid3)
check('select after remove', tuple(peers.select(Key('.id')).where(Key('.id') == pid)), ())
check('print after remove', tuple(peers), ())

# Other menus the same connection reads.
resource = tuple(api('/system/resource/print'))
check('one resource row', len(resource), 1)
check('version starts with 7.', str(resource[0]['version']).startswith('7.'), True)
profiles = tuple(api.path('ip', 'ipsec', 'profile'))
check('built-in default profile', [(r['name'], r['default']) for r in profiles], [('default', True)])
identity = tuple(api.path('system', 'identity'))
check('identity', identity, ({'name': 'MikroTik'},))

api.close()

# Wrong password: trap, the library raises; a new connection with the right one works.
wrong = trap_of(lambda: connect(host='127.0.0.1', username='admin', password=password + 'x', port=port))
check('wrong password', str(wrong), 'invalid user name or password (6)')
# Legacy MD5 challenge login: refused since 6.45.1 even with the right password (§1.7).
legacy = trap_of(lambda: connect(host='127.0.0.1', username='admin', password=password, port=port,
                                 login_method=token))
check('token login refused', str(legacy), 'invalid user name or password (6)')

if tls_port:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    tapi = connect(host='127.0.0.1', username='admin', password=password, port=tls_port,
                   ssl_wrapper=lambda sock: ctx.wrap_socket(sock, server_hostname='127.0.0.1'))
    check('api-ssl print', tuple(tapi.path('system', 'identity')), ({'name': 'MikroTik'},))
    tapi.close()

print('S3 OK')
