//! -E's security associations, read as print-esp.c reads them
//! (esp_decodesecret_print and its helpers in tcpdump 4.99.3), and the
//! CBC decryption of an ESP payload or an IKEv2 encrypted payload with
//! one of them.
//!
//! The ciphers are those the installed tcpdump (OpenSSL 3, default
//! provider) decrypts: 3des (des-ede3-cbc) and aes128/192/256-cbc. Any
//! other name is "failed to find cipher algo", as an unknown one is there.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use cbc::cipher::{BlockCipher, BlockDecryptMut, KeyInit, KeyIvInit, block_padding::NoPadding};

/// The size of print-esp.c's secret buffer: longer secrets are cut, shorter
/// keys are zero-padded to the cipher's key length.
const SECRET_MAX: usize = 256;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cipher {
    TripleDes,
    Aes128,
    Aes192,
    Aes256,
}

impl Cipher {
    fn by_name(name: &str) -> Option<Cipher> {
        let lower = name.to_ascii_lowercase();
        Some(match lower.as_str() {
            "3des" | "des3" => Cipher::TripleDes,
            "aes128" => Cipher::Aes128,
            "aes192" => Cipher::Aes192,
            "aes256" => Cipher::Aes256,
            _ => return None,
        })
    }

    /// Bytes of initialization vector before the ciphertext (the block size).
    pub fn iv_len(self) -> usize {
        match self {
            Cipher::TripleDes => 8,
            _ => 16,
        }
    }

    fn key_len(self) -> usize {
        match self {
            Cipher::TripleDes | Cipher::Aes192 => 24,
            Cipher::Aes128 => 16,
            Cipher::Aes256 => 32,
        }
    }
}

/// What an association decrypts with: the cipher, its secret, and how
/// many bytes of integrity check value follow the ciphertext.
#[derive(Clone, Debug)]
pub struct CipherKey {
    pub cipher: Cipher,
    /// Bytes of integrity check value after the ciphertext (12 for -hmac96,
    /// or for an IKEv2 line's sha1 or md5).
    pub auth_len: usize,
    secret: Vec<u8>,
}

/// What one association decrypts.
#[derive(Clone, Debug)]
enum Use {
    /// ESP packets to `dst` with `spi` (dst None and SPI 0: the default
    /// association, from a spec without `spi@addr`).
    Esp { spi: u32, dst: Option<IpAddr> },
    /// The encrypted payloads one side of an IKE SA sends (an `ikev2
    /// I|R ICOOKIE RCOOKIE AUTH ENC` line): the initiator's (I) or the
    /// responder's, the two cookies (SPIs) naming the IKE SA.
    Ikev2 { initiator: bool, cookies: [u8; 16] },
}

#[derive(Clone, Debug)]
struct Sa {
    used: Use,
    key: CipherKey,
}

/// Why a payload was not decrypted (tcpdump warns and prints nothing more).
#[derive(Debug, PartialEq, Eq)]
pub struct NotAMultiple {
    pub ct_len: usize,
    pub block: usize,
}

impl CipherKey {
    /// The plaintext of `ct` (a whole number of blocks) after `iv`.
    pub fn decrypt(&self, iv: &[u8], ct: &[u8]) -> Result<Vec<u8>, NotAMultiple> {
        let block = self.cipher.iv_len();
        if ct.len() % block != 0 {
            return Err(NotAMultiple {
                ct_len: ct.len(),
                block,
            });
        }
        let mut key = self.secret.clone();
        key.resize(self.cipher.key_len(), 0);
        let mut buf = ct.to_vec();
        fn run<C>(key: &[u8], iv: &[u8], buf: &mut [u8])
        where
            C: BlockDecryptMut + BlockCipher + KeyInit,
        {
            cbc::Decryptor::<C>::new_from_slices(key, iv)
                .expect("key and IV lengths are the cipher's")
                .decrypt_padded_mut::<NoPadding>(buf)
                .expect("a whole number of blocks");
        }
        match self.cipher {
            Cipher::TripleDes => run::<des::TdesEde3>(&key, iv, &mut buf),
            Cipher::Aes128 => run::<aes::Aes128>(&key, iv, &mut buf),
            Cipher::Aes192 => run::<aes::Aes192>(&key, iv, &mut buf),
            Cipher::Aes256 => run::<aes::Aes256>(&key, iv, &mut buf),
        }
        Ok(buf)
    }

    /// esp_decrypt_buffer_by_ikev2_print: the plaintext of an IKEv2
    /// encrypted payload's data (IV, ciphertext, integrity check value);
    /// None when nothing is left between IV and check value or the
    /// ciphertext is not whole blocks (tcpdump then prints nothing more).
    pub fn decrypt_ikev2(&self, data: &[u8]) -> Option<Vec<u8>> {
        let iv_len = self.cipher.iv_len();
        let end = data.len().checked_sub(self.auth_len)?;
        if end <= iv_len {
            return None;
        }
        self.decrypt(&data[..iv_len], &data[iv_len..end]).ok()
    }
}

/// All associations -E gave, looked up as esp_print looks them up.
#[derive(Clone, Debug, Default)]
pub struct EspSas {
    /// ESP and IKEv2 associations (the default one too) in one list,
    /// newest first, as tcpdump prepends each to its one list.
    list: Vec<Sa>,
    default: Option<CipherKey>,
}

impl EspSas {
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The key for `spi` to `dst`, else the default one.
    pub fn find(&self, spi: u32, dst: IpAddr) -> Option<&CipherKey> {
        self.list
            .iter()
            .find(|sa| matches!(sa.used, Use::Esp { spi: s, dst: d } if s == spi && d == Some(dst)))
            .map(|sa| &sa.key)
            .or(self.default.as_ref())
    }

    /// The key for what the `initiator` (or the responder) of the IKE SA
    /// with these `cookies` (initiator's then responder's SPI) sends.
    /// tcpdump tells IKEv2 entries of its list by SPI 0 and compares
    /// flag and cookies, which an ESP entry without an SPI has as zeros:
    /// such an entry (the default one too) decrypts a responder's
    /// message with zero cookies.
    pub fn find_ikev2(&self, initiator: bool, cookies: &[u8]) -> Option<&CipherKey> {
        self.list
            .iter()
            .find(|sa| match sa.used {
                Use::Ikev2 {
                    initiator: i,
                    cookies: c,
                } => i == initiator && c[..] == *cookies,
                Use::Esp { spi, .. } => spi == 0 && !initiator && cookies.iter().all(|&b| b == 0),
            })
            .map(|sa| &sa.key)
    }
}

/// Why -E's spec cannot be used at all (tcpdump exits on these).
#[derive(Debug, PartialEq, Eq)]
pub enum SpecError {
    /// `file NAME` could not be read: the name and the reason.
    File(String, String),
    BadHexDigit(char),
}

impl std::fmt::Display for SpecError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            SpecError::File(name, why) => write!(f, "-E: can't open {name}: {why}"),
            SpecError::BadHexDigit(ch) => write!(f, "-E: invalid hex digit {ch} in espsecret"),
        }
    }
}

/// Reads -E's spec: associations separated by commas or newlines, each
/// `[SPI@ADDR ]ALGO:SECRET` or `file NAME` (one association a line, `#`
/// comments). `read` returns a named file's text; what tcpdump only warns
/// about goes to `warnings`, worded as it words it.
pub fn parse(
    spec: &str,
    read: &mut dyn FnMut(&str) -> std::io::Result<String>,
    warnings: &mut Vec<String>,
) -> Result<EspSas, SpecError> {
    let mut sas = EspSas::default();
    let mut pieces: Vec<&str> = spec.split(['\n', ',']).collect();
    if pieces.last() == Some(&"") {
        pieces.pop();
    }
    for line in pieces {
        one(&mut sas, line, ("cmdline", 0), read, warnings)?;
    }
    Ok(sas)
}

/// esp_print_decode_onesecret. `origin` is the file and line number the
/// line came from ("cmdline", 0 for -E's argument), for warnings.
fn one(
    sas: &mut EspSas,
    line: &str,
    origin: (&str, usize),
    read: &mut dyn FnMut(&str) -> std::io::Result<String>,
    warnings: &mut Vec<String>,
) -> Result<(), SpecError> {
    let (spikey, decode) = match line.find([' ', '\t']) {
        Some(i) => (Some(&line[..i]), &line[i + 1..]),
        None => (None, line),
    };
    if let Some(key) = spikey {
        if key.eq_ignore_ascii_case("file") {
            let text = read(decode).map_err(|e| SpecError::File(decode.into(), e.to_string()))?;
            for (i, l) in text.lines().enumerate() {
                if !l.is_empty() && !l.starts_with('#') {
                    one(sas, l, (decode, i + 1), read, warnings)?;
                }
            }
            return Ok(());
        }
        if key.eq_ignore_ascii_case("ikev2") {
            return ikev2_line(sas, decode, origin, warnings);
        }
    }
    let mut target = None;
    if let Some(key) = spikey {
        let Some((spi_text, addr)) = key.split_once('@') else {
            warnings.push(format!("print_esp: failed to decode spi# {key}"));
            return Ok(());
        };
        let Some(spi) = strtoul(spi_text) else {
            warnings.push(format!("print_esp: failed to decode spi# {spi_text}"));
            return Ok(());
        };
        let dst = if let Ok(a) = addr.parse::<Ipv6Addr>() {
            IpAddr::V6(a)
        } else if let Ok(a) = addr.parse::<Ipv4Addr>() {
            IpAddr::V4(a)
        } else {
            warnings.push(format!("print_esp: can not decode IP# {addr}"));
            return Ok(());
        };
        target = Some((spi, dst));
    }
    let decode = decode.trim_start_matches([' ', '\t', '\r', '\n']);
    let Some(key) = enc_algo(decode, warnings)? else {
        return Ok(());
    };
    if target.is_none() {
        sas.default = Some(key.clone());
    }
    let used = Use::Esp {
        spi: target.map_or(0, |t| t.0),
        dst: target.map(|t| t.1),
    };
    sas.list.insert(0, Sa { used, key });
    Ok(())
}

/// esp_print_decode_ikeline: `I|R 0xICOOKIE 0xRCOOKIE AUTH:KEY ENC:KEY`,
/// fields split at every blank as strsep splits them. The AUTH key is
/// not used; its name (sha1 or md5) only sets the check value's length.
fn ikev2_line(
    sas: &mut EspSas,
    line: &str,
    (file, lineno): (&str, usize),
    warnings: &mut Vec<String>,
) -> Result<(), SpecError> {
    let fields: Vec<&str> = line.split([' ', '\t']).take(5).collect();
    let &[init, icookie, rcookie, auth, enc] = &fields[..] else {
        warnings.push(format!(
            "print_esp: failed to find all fields for ikev2 at {file}:{lineno}"
        ));
        return Ok(());
    };
    let (Some(ihex), Some(rhex)) = (cookie_hex(icookie), cookie_hex(rcookie)) else {
        return improper(init, icookie, rcookie, (file, lineno), warnings);
    };
    if !init.starts_with(['I', 'R']) {
        return improper(init, icookie, rcookie, (file, lineno), warnings);
    }
    let mut cookies = [0; 16];
    for (byte, pair) in cookies.iter_mut().zip(
        ihex.as_bytes()
            .chunks_exact(2)
            .chain(rhex.as_bytes().chunks_exact(2)),
    ) {
        *byte = hex_digit(pair[0])? << 4 | hex_digit(pair[1])?;
    }
    let Some(mut key) = enc_algo(enc, warnings)? else {
        return Ok(());
    };
    // espprint_decode_authalgo
    let Some((auth_name, _)) = auth.split_once(':') else {
        warnings.push(format!("failed to decode espsecret: {auth}"));
        return Ok(());
    };
    if auth_name.eq_ignore_ascii_case("sha1") || auth_name.eq_ignore_ascii_case("md5") {
        key.auth_len = 12;
    }
    let used = Use::Ikev2 {
        initiator: init.starts_with('I'),
        cookies,
    };
    sas.list.insert(0, Sa { used, key });
    Ok(())
}

/// An IKEv2 SPI as the line gives it: `0x` and sixteen hex digits.
fn cookie_hex(cookie: &str) -> Option<&str> {
    cookie.strip_prefix("0x").filter(|h| h.len() == 16)
}

/// The two warnings of an ikev2 line whose side or cookies are malformed.
fn improper(
    init: &str,
    icookie: &str,
    rcookie: &str,
    (file, lineno): (&str, usize),
    warnings: &mut Vec<String>,
) -> Result<(), SpecError> {
    warnings.push(format!(
        "print_esp: line {file}:{lineno} improperly formatted."
    ));
    warnings.push(format!(
        "init={init} icookie={icookie}({}) rcookie={rcookie}({})",
        icookie.len(),
        rcookie.len()
    ));
    Ok(())
}

/// espprint_decode_encalgo: `ALGO[-cbc][-hmac96]:SECRET`, the secret in
/// hex after `0x` or as it stands.
fn enc_algo(decode: &str, warnings: &mut Vec<String>) -> Result<Option<CipherKey>, SpecError> {
    let Some((algo, secret)) = decode.split_once(':') else {
        warnings.push(format!("failed to decode espsecret: {decode}"));
        return Ok(None);
    };
    let mut name = algo;
    let mut auth_len = 0;
    // strstr: cut at the first occurrence of a suffix the name ends with.
    if name.len() > "-hmac96".len() && name.ends_with("-hmac96") {
        name = &name[..name.find("-hmac96").expect("it ends with it")];
        auth_len = 12;
    }
    if name.len() > "-cbc".len() && name.ends_with("-cbc") {
        name = &name[..name.find("-cbc").expect("it ends with it")];
    }
    let Some(cipher) = Cipher::by_name(name) else {
        warnings.push(format!("failed to find cipher algo {name}"));
        return Ok(None);
    };
    let bytes = if let Some(hex) = secret.strip_prefix("0x") {
        if hex.len() / 2 > SECRET_MAX {
            warnings.push(format!("secret is too big: {}", hex.len() / 2));
            return Ok(None);
        }
        let digits = hex.as_bytes();
        let mut out = Vec::with_capacity(digits.len() / 2);
        for pair in digits.chunks_exact(2) {
            out.push(hex_digit(pair[0])? << 4 | hex_digit(pair[1])?);
        }
        if out.is_empty() {
            return Ok(None);
        }
        out
    } else {
        secret.as_bytes()[..secret.len().min(SECRET_MAX)].to_vec()
    };
    Ok(Some(CipherKey {
        cipher,
        auth_len,
        secret: bytes,
    }))
}

fn hex_digit(ch: u8) -> Result<u8, SpecError> {
    (ch as char)
        .to_digit(16)
        .map(|d| d as u8)
        .ok_or(SpecError::BadHexDigit(ch as char))
}

/// strtoul(text, _, 0) truncated to 32 bits, or None when no digit is read.
fn strtoul(text: &str) -> Option<u32> {
    let t = text.trim_start();
    let (digits, radix) = if let Some(h) = t.strip_prefix("0x").or(t.strip_prefix("0X")) {
        (h, 16)
    } else if t.starts_with('0') {
        (t, 8)
    } else {
        (t, 10)
    };
    let end = digits
        .find(|ch: char| !ch.is_digit(radix))
        .unwrap_or(digits.len());
    if end == 0 {
        return None;
    }
    let mut v: u64 = 0;
    for ch in digits[..end].chars() {
        v = v
            .wrapping_mul(u64::from(radix))
            .wrapping_add(u64::from(ch.to_digit(radix)?));
    }
    Some(v as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_files(_: &str) -> std::io::Result<String> {
        Err(std::io::ErrorKind::NotFound.into())
    }

    /// The keys of a -E argument that names no file and parses without a
    /// warning.
    fn clean(spec: &str) -> EspSas {
        let mut w = Vec::new();
        let sas = parse(spec, &mut no_files, &mut w).unwrap();
        assert!(w.is_empty(), "{spec}: {w:?}");
        sas
    }

    #[test]
    fn spec_forms() {
        let sas = clean("0x12345678@192.1.2.45 3des-cbc-hmac96:0x4043,aes256:plain");
        let a = sas
            .find(0x1234_5678, "192.1.2.45".parse().unwrap())
            .unwrap();
        assert_eq!(
            (a.cipher, a.auth_len, &a.secret[..]),
            (Cipher::TripleDes, 12, &[0x40, 0x43][..])
        );
        let d = sas.find(1, "10.0.0.1".parse().unwrap()).unwrap();
        assert_eq!(
            (d.cipher, d.auth_len, &d.secret[..]),
            (Cipher::Aes256, 0, &b"plain"[..])
        );
    }

    #[test]
    fn file_form_and_warnings() {
        let mut read = |name: &str| {
            assert_eq!(name, "/s.txt");
            Ok("# c\n\n0x1@2001:db8::1  aes128-cbc:0x00\nfoo:1\nnocolon\n".to_string())
        };
        let mut w = Vec::new();
        let sas = parse("file /s.txt", &mut read, &mut w).unwrap();
        assert_eq!(
            w,
            [
                "failed to find cipher algo foo",
                "failed to decode espsecret: nocolon"
            ]
        );
        assert!(sas.find(1, "2001:db8::1".parse().unwrap()).is_some());
        assert!(sas.find(1, "2001:db8::2".parse().unwrap()).is_none());
        assert_eq!(
            parse("file /x", &mut no_files, &mut w).unwrap_err(),
            SpecError::File("/x".into(), "entity not found".into())
        );
        assert_eq!(
            parse("aes128:0xzz", &mut no_files, &mut w).unwrap_err(),
            SpecError::BadHexDigit('z')
        );
    }

    #[test]
    fn decrypts_a_whole_number_of_blocks_only() {
        let sas = clean("aes128:0x000102030405060708090a0b0c0d0e0f");
        let sa = sas.find(0, "10.0.0.1".parse().unwrap()).unwrap();
        // FIPS-197 / SP 800-38A F.2.2: CBC-AES128 decryption, first block.
        let sp_key = clean("aes128:0x2b7e151628aed2a6abf7158809cf4f3c");
        let iv: Vec<u8> = (0u8..16).collect();
        let ct = hex("7649abac8119b246cee98e9b12e9197d");
        let pt = sp_key.default.as_ref().unwrap().decrypt(&iv, &ct).unwrap();
        assert_eq!(pt, hex("6bc1bee22e409f96e93d7e117393172a"));
        assert_eq!(
            sa.decrypt(&iv, &[0; 15]),
            Err(NotAMultiple {
                ct_len: 15,
                block: 16
            })
        );
    }

    const COOKIES: &str = "0x0001020304050607 0xc02e7a3031a03188";

    /// ikev2 lines: keys by side and cookies, the check value's length
    /// from the auth algorithm's name, newest line first.
    #[test]
    fn ikev2_lines() {
        let sas = clean(&format!(
            "ikev2 I {COOKIES} sha1:0x4ea8 aes128:0x3f44,ikev2 R {COOKIES} foo:0x00 3des-hmac96:0x01,ikev2 I {COOKIES} MD5:0x00 aes256:0x02"
        ));
        let cookies = hex("0001020304050607c02e7a3031a03188");
        let i = sas.find_ikev2(true, &cookies).unwrap();
        assert_eq!(
            (i.cipher, i.auth_len, &i.secret[..]),
            (Cipher::Aes256, 12, &[2][..])
        );
        let r = sas.find_ikev2(false, &cookies).unwrap();
        assert_eq!((r.cipher, r.auth_len), (Cipher::TripleDes, 12));
        assert!(sas.find_ikev2(true, &[0; 16]).is_none());
        // IKEv2 keys are not ESP's.
        assert!(sas.find(0, "10.0.0.1".parse().unwrap()).is_none());
        // But an ESP key without an SPI is, to a responder with zero
        // cookies, as tcpdump's one list has it.
        let sas = clean("aes128-hmac96:0x01,0x1@10.0.0.1 3des:0x02");
        let zero = sas.find_ikev2(false, &[0; 16]).unwrap();
        assert_eq!((zero.cipher, zero.auth_len), (Cipher::Aes128, 12));
        assert!(sas.find_ikev2(true, &[0; 16]).is_none());
        assert!(sas.find_ikev2(false, &cookies).is_none());
    }

    /// The warnings of malformed ikev2 lines, as tcpdump 4.99.3 words
    /// them (on the command line and in a file, with its line numbers).
    #[test]
    fn ikev2_line_warnings() {
        let mut read = |_: &str| Ok("# c\nikev2 I 0x01\n\nikev2 R 0x1 0x2 a b\n".to_string());
        let mut w = Vec::new();
        let sas = parse("file /s.txt", &mut read, &mut w).unwrap();
        assert!(sas.is_empty());
        for spec in [
            "ikev2 X 0x0001020304050607 0x0001020304050607 sha1:0x00 aes128:0x00",
            "ikev2  I 0x0001020304050607 0x0001020304050607 sha1:0x00 aes128:0x00",
            "ikev2 I 0x0001020304050607 0x0001020304050607 sha1 aes128:0x00",
            "ikev2 I 0x0001020304050607 0x0001020304050607 sha1:0x00 foo:0x00",
        ] {
            assert!(parse(spec, &mut no_files, &mut w).unwrap().is_empty());
        }
        assert_eq!(
            w,
            [
                "print_esp: failed to find all fields for ikev2 at /s.txt:2",
                "print_esp: line /s.txt:4 improperly formatted.",
                "init=R icookie=0x1(3) rcookie=0x2(3)",
                "print_esp: line cmdline:0 improperly formatted.",
                "init=X icookie=0x0001020304050607(18) rcookie=0x0001020304050607(18)",
                "print_esp: line cmdline:0 improperly formatted.",
                "init= icookie=I(1) rcookie=0x0001020304050607(18)",
                "failed to decode espsecret: sha1",
                "failed to find cipher algo foo",
            ]
        );
        assert_eq!(
            parse(
                "ikev2 I 0x000102030405060z 0x0001020304050607 sha1:0x00 aes128:0x00",
                &mut no_files,
                &mut w
            )
            .unwrap_err(),
            SpecError::BadHexDigit('z')
        );
    }

    /// An SK payload's data: IV, ciphertext, check value. Nothing is
    /// decrypted when no ciphertext is left or it is not whole blocks.
    #[test]
    fn ikev2_payload_data() {
        let sas = clean(&format!(
            "ikev2 I {COOKIES} sha1:0x00 aes128:0x2b7e151628aed2a6abf7158809cf4f3c"
        ));
        let key = sas
            .find_ikev2(true, &hex("0001020304050607c02e7a3031a03188"))
            .unwrap();
        // SP 800-38A F.2.2 again, with a 12-byte check value after it.
        let mut data: Vec<u8> = (0u8..16).collect();
        data.extend(hex("7649abac8119b246cee98e9b12e9197d"));
        data.extend([0xee; 12]);
        assert_eq!(
            key.decrypt_ikev2(&data),
            Some(hex("6bc1bee22e409f96e93d7e117393172a"))
        );
        assert_eq!(key.decrypt_ikev2(&data[..data.len() - 1]), None);
        assert_eq!(key.decrypt_ikev2(&data[..28]), None);
        assert_eq!(key.decrypt_ikev2(&data[..5]), None);
    }

    fn hex(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }
}
