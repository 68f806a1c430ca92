// Scenario S8 of routeros-api.md §5 with node-routeros 1.6.9: login (tagged), add, print with a query, set, a
// listen stream stopped with /cancel, the '#' keep-alive, remove, a wrong password. Arguments: port, password,
// mode ('empty-is-done' before 7.18, 'empty-reply' from 7.18 on). Prints one line per check and 'S8 OK' at the end;
// a failed check exits with status 1.
'use strict';
const { RouterOSAPI } = require('node-routeros');

const [port, password, mode] = [Number(process.argv[2]), process.argv[3], process.argv[4]];
const open = (pw, extra) => new RouterOSAPI(Object.assign(
    { host: '127.0.0.1', port, user: 'admin', password: pw, timeout: 4 }, extra || {}));

function check(label, actual, expected) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) {
    throw new Error(label + ': expected ' + e + ', got ' + a);
  }
  console.log(label + ': ' + a);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const api = open(password, { keepalive: true });
  await api.connect();
  check('connected', api.connected, true);

  const added = await api.write('/ip/ipsec/peer/add', ['=name=p4', '=address=10.0.0.4/32', '=comment=node']);
  check('add answers one row with ret', added.length === 1 && /^\*[0-9A-F]+$/.test(added[0].ret), true);
  const id = added[0].ret;

  const rows = await api.write('/ip/ipsec/peer/print', ['?name=p4']);
  check('print ?name=p4 finds one', rows.length, 1);
  check('.id is the added one', rows[0]['.id'], id);
  check('address', rows[0].address, '10.0.0.4/32');
  check('comment', rows[0].comment, 'node');
  check('booleans as true/false', [rows[0].disabled, rows[0]['send-initial-contact']], ['false', 'true']);
  check('unset port omitted', 'port' in rows[0], false);

  const proj = await api.write('/ip/ipsec/peer/print', ['=.proplist=.id,name', '?=name=p4']);
  check('proplist', proj, [{ '.id': id, name: 'p4' }]);

  await api.write('/ip/ipsec/peer/set', ['=.id=' + id, '=comment=changed', '=port=4500']);
  const after = await api.write('/ip/ipsec/peer/print', ['=.proplist=comment,port', '?.id=' + id]);
  check('set read back', after, [{ port: '4500', comment: 'changed' }]);

  let trap = null;
  try {
    await api.write('/ip/ipsec/peer/add', ['=name=p4']);
  } catch (e) {
    trap = e.message;
  }
  check('duplicate add rejects with the trap text', trap, 'failure: already have such name');
  trap = null;
  try {
    await api.write('/ip/ipsec/pear/print');
  } catch (e) {
    trap = e.message;
  }
  check('unknown menu rejects with the first trap', trap, 'no such command or directory (pear)');

  // A listen stream sees an add; stop() sends /cancel for its tag.
  const seen = [];
  const stream = api.stream('/ip/ipsec/peer/listen', (err, packet) => {
    if (!err && packet) {
      seen.push(packet);
    }
  });
  await sleep(300);
  const second = await api.write('/ip/ipsec/peer/add', ['=name=p5']);
  for (let i = 0; i < 50 && seen.length === 0; i++) {
    await sleep(100);
  }
  check('listen saw the new peer', seen.length > 0 && seen[0]['.id'] === second[0].ret && seen[0].name === 'p5', true);
  await stream.stop();
  check('listen stopped', true, true);

  // Idle longer than the 4 s timeout: the keep-alive '#' must be answered with its tag or the socket times out.
  await sleep(5500);
  check('still connected after the idle period', api.connected, true);
  const identity = await api.write('/system/identity/print');
  check('identity', identity, [{ name: 'MikroTik' }]);

  await api.write('/ip/ipsec/peer/remove', ['=.id=' + id + ',' + second[0].ret]);
  if (mode === 'empty-is-done') {
    const none = await api.write('/ip/ipsec/peer/print', ['?name=p4']);
    check('print after remove', none, []);
  } else {
    // 7.18+ answers an empty print with !empty, which node-routeros 1.6.9 cannot handle: it throws UNKNOWNREPLY
    // from its receive path (the real client's behaviour on real 7.18+ routers, routeros-api.md §3.6).
    const crashed = new Promise((resolve) => process.once('uncaughtException', (e) => resolve(e.errno || e.message)));
    api.write('/ip/ipsec/peer/print', ['?name=p4']).catch(() => {});
    const why = await Promise.race([crashed, sleep(3000).then(() => 'no exception')]);
    check('!empty crashes node-routeros 1.6.9 as on a real router', why, 'UNKNOWNREPLY');
  }
  await api.close().catch(() => {});

  let loginError = null;
  try {
    await open(password + 'x').connect();
  } catch (e) {
    loginError = e.errno;
  }
  check('wrong password', loginError, 'CANTLOGIN');
  console.log('S8 OK');
}

const guard = setTimeout(() => {
  console.log('timed out');
  process.exit(2);
}, 60000);
main().then(() => {
  clearTimeout(guard);
  process.exit(0);
}, (e) => {
  console.log('FAILED: ' + (e && e.stack ? e.stack : e));
  process.exit(1);
});
