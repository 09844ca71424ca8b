#!/bin/sh
# Regenerates the TEST-ONLY certificates and keys in this directory (see README.md).
# Needs only openssl (3.x). Run from anywhere: ./tests/data/make-certs.sh
set -eu

cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Valid certificates start on 2020-01-01 (so a machine whose clock is behind the one that made
# them still accepts them) and end 20 years from today. `openssl ca` can set a start date in the
# past (`openssl x509 -req` in 3.0 cannot), so every certificate, the CA's included, is signed
# with it.
start=200101000000Z
end=$(date -u -d "+20 years" +%Y%m%d%H%M%SZ)

touch "$work/index.txt"
cat > "$work/ca.cnf" <<EOF
[ca]
default_ca = testca
[testca]
dir = $work
database = $work/index.txt
new_certs_dir = $work
certificate = $PWD/ca.pem
private_key = $PWD/ca-key.pem
default_md = sha256
policy = anything
copy_extensions = none
unique_subject = no
rand_serial = yes
[ca_root]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[anything]
organizationName = optional
commonName = supplied
[server_localhost]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1,DNS:localhost
[server_wronghost]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:wrong.example
EOF

# leaf NAME COMMON_NAME EXTENSIONS DATE_OPTIONS...
leaf() {
    name=$1 cn=$2 ext=$3
    shift 3
    openssl req -new -newkey rsa:2048 -nodes -sha256 \
        -subj "/O=Webhook Console tests/CN=$cn" \
        -keyout "$name-key.pem" -out "$work/$name.csr"
    openssl ca -batch -notext -config "$work/ca.cnf" -extensions "$ext" "$@" \
        -in "$work/$name.csr" -out "$name.pem"
}

# The CA: self-signed, allowed to sign certificates only.
openssl req -new -newkey rsa:2048 -nodes -sha256 \
    -subj "/O=Webhook Console tests/CN=Webhook Console Test CA" \
    -keyout ca-key.pem -out "$work/ca.csr"
openssl ca -batch -notext -selfsign -config "$work/ca.cnf" -keyfile ca-key.pem \
    -extensions ca_root -startdate "$start" -enddate "$end" -in "$work/ca.csr" -out ca.pem

leaf server localhost server_localhost -startdate "$start" -enddate "$end"
leaf expired localhost server_localhost -startdate 200101000000Z -enddate 210101000000Z
leaf wronghost wrong.example server_wronghost -startdate "$start" -enddate "$end"

chmod 0644 ./*.pem
for cert in server expired wronghost; do
    openssl verify -CAfile ca.pem -no_check_time "$cert.pem" >/dev/null
done
echo "Made ca.pem, server.pem, expired.pem and wronghost.pem (with their -key.pem files)."
