// The official Dfns TypeScript SDK (@dfns/sdk + @dfns/sdk-keysigner), unchanged, performing signed
// writes against `apifleet-sandbox serve`. Run by crates/sandbox/tests/official_sdks.rs, or by hand:
//   APIFLEET_SANDBOX_BIN=target/debug/apifleet-sandbox npm test
'use strict'

const { test, before, after } = require('node:test')
const assert = require('node:assert/strict')
const { spawn } = require('node:child_process')
const crypto = require('node:crypto')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const readline = require('node:readline')
const { DfnsApiClient, DfnsError, PolicyPendingError } = require('@dfns/sdk')
const { AsymmetricKeySigner } = require('@dfns/sdk-keysigner')

const TOKEN = 'sdk-test-token'

// One credential per algorithm the sandbox verifies, with the `algorithm` Dfns' examples pass.
const KEYS = {
  ed25519: { pair: crypto.generateKeyPairSync('ed25519'), algorithm: undefined },
  p256: { pair: crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }), algorithm: 'SHA256' },
  rsa: { pair: crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }), algorithm: 'SHA256' },
}

let server
let baseUrl

const pem = (key, type) => key.export({ format: 'pem', type })

before(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apifleet-sandbox-sdk-'))
  let seed = `[dfns]\ntokens = ["${TOKEN}"]\n`
  for (const [name, { pair }] of Object.entries(KEYS)) {
    fs.writeFileSync(path.join(dir, `${name}.pem`), pem(pair.publicKey, 'spki'))
    seed += `\n[[dfns.credentials]]\nid = "cr-${name}"\npublic_key_file = "${name}.pem"\n`
  }
  fs.writeFileSync(path.join(dir, 'sandbox.toml'), seed)

  const bin = process.env.APIFLEET_SANDBOX_BIN
  const args = ['serve', '--config', path.join(dir, 'sandbox.toml'), '--only', 'dfns', '--json', '--log', 'warn']
  server = bin
    ? spawn(bin, args, { stdio: ['ignore', 'pipe', 'inherit'] })
    : spawn('cargo', ['run', '--quiet', '-p', 'apifleet-sandbox', '--', ...args], { stdio: ['ignore', 'pipe', 'inherit'] })
  const lines = readline.createInterface({ input: server.stdout })
  const first = await new Promise((resolve, reject) => {
    lines.once('line', resolve)
    server.once('exit', (code) => reject(new Error(`apifleet-sandbox exited with ${code} before printing its URL`)))
  })
  const announced = JSON.parse(first)
  assert.equal(announced.provider, 'dfns')
  baseUrl = announced.base_url
})

after(async () => {
  if (!server || server.exitCode !== null) return
  const exited = new Promise((resolve) => server.once('exit', (code, signal) => resolve({ code, signal })))
  server.kill('SIGINT')
  // Ctrl-C is a graceful stop: the server exits by itself, with success.
  assert.deepEqual(await exited, { code: 0, signal: null })
})

function client(name, privateKey = KEYS[name].pair.privateKey) {
  return new DfnsApiClient({
    baseUrl,
    authToken: TOKEN,
    signer: new AsymmetricKeySigner({
      credId: `cr-${name}`,
      privateKey: pem(privateKey, 'pkcs8'),
      algorithm: KEYS[name].algorithm,
    }),
  })
}

async function control(method, route, body) {
  const response = await fetch(`${baseUrl}/_sandbox${route}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  })
  assert.ok(response.ok, `${method} /_sandbox${route}: ${response.status}`)
  return response.status === 204 ? null : response.json()
}

for (const name of Object.keys(KEYS)) {
  test(`signed writes with a ${name} credential`, async () => {
    await control('DELETE', '/requests')
    const dfns = client(name)
    const accountKey = pem(crypto.generateKeyPairSync('ed25519').publicKey, 'spki')

    const created = await dfns.auth.createServiceAccount({
      body: { name: `ci-bot-${name}`, publicKey: accountKey, externalId: `ext-${name}` },
    })
    assert.equal(created.userInfo.name, `ci-bot-${name}`)
    assert.equal(created.userInfo.isActive, true)
    assert.match(created.accessTokens[0].accessToken, /^eyJ/)
    const id = created.userInfo.userId

    // A bodyless write: the SDK sends and signs `{}`.
    const deactivated = await dfns.auth.deactivateServiceAccount({ serviceAccountId: id })
    assert.equal(deactivated.userInfo.isActive, false)

    const renamed = await dfns.auth.updateServiceAccount({ serviceAccountId: id, body: { name: `renamed-${name}` } })
    assert.equal(renamed.userInfo.name, `renamed-${name}`)

    // Reads are not signed.
    const read = await dfns.auth.getServiceAccount({ serviceAccountId: id })
    assert.equal(read.userInfo.isActive, false)
    assert.equal(read.accessTokens[0].accessToken, undefined, 'reads never show the token')
    const listed = await dfns.auth.listServiceAccounts()
    assert.ok(listed.items.some((a) => a.userInfo.userId === id))

    // What went over the wire: init → action → write, three times, then two reads.
    const { requests } = await control('GET', '/requests')
    assert.deepEqual(
      requests.map((r) => `${r.method} ${r.uri}`),
      [
        'POST /auth/action/init', 'POST /auth/action', 'POST /auth/service-accounts',
        'POST /auth/action/init', 'POST /auth/action', `PUT /auth/service-accounts/${id}/deactivate`,
        'POST /auth/action/init', 'POST /auth/action', `PUT /auth/service-accounts/${id}`,
        `GET /auth/service-accounts/${id}`, 'GET /auth/service-accounts',
      ],
    )
    const header = (r, n) => (r.headers.find(([k]) => k === n) || [])[1]
    const [init, , write] = requests
    assert.equal(init.body.userActionHttpMethod, 'POST')
    assert.equal(init.body.userActionHttpPath, '/auth/service-accounts')
    assert.deepEqual(JSON.parse(init.body.userActionPayload), write.body, 'the signed payload is the body sent')
    assert.equal(header(write, 'x-dfns-useraction'), '<redacted>', 'the write carries a user action token')
    assert.equal(header(write, 'authorization'), 'Bearer <redacted>')
    assert.equal(header(requests[9], 'x-dfns-useraction'), undefined, 'reads carry none')
  })
}

// A service account's public key (the stand-in holds bodies to Dfns' schema: a PEM).
const accountKey = () => pem(crypto.generateKeyPairSync('ed25519').publicKey, 'spki')

test('a signature by a key other than the credential\'s is refused, and nothing is written', async () => {
  const before = (await client('ed25519').auth.listServiceAccounts()).items.length
  const impostor = client('ed25519', crypto.generateKeyPairSync('ed25519').privateKey)
  await assert.rejects(
    impostor.auth.createServiceAccount({ body: { name: 'impostor', publicKey: accountKey() } }),
    (e) => e instanceof DfnsError && e.httpStatus === 401,
  )
  const after = (await client('ed25519').auth.listServiceAccounts()).items.length
  assert.equal(after, before)
})

test('a policy that needs approval surfaces as the SDK\'s PolicyPendingError', async () => {
  await control('PUT', '/approval', { required: true })
  try {
    await assert.rejects(
      client('p256').auth.createServiceAccount({ body: { name: 'held', publicKey: accountKey() } }),
      (e) => e instanceof PolicyPendingError && e.httpStatus === 202,
    )
  } finally {
    await control('PUT', '/approval', { required: false })
  }
})
