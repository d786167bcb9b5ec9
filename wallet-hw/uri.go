package wallethw

import (
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"
)

// PKCS11Location names a key on a PKCS#11 token, parsed from
// "pkcs11:module=LIB;token=LABEL;id=HEX[;label=NAME]". Values may be
// percent-encoded (a ';' in a path is "%3B"); id is the key's CKA_ID in hex.
type PKCS11Location struct {
	Module string // path of the PKCS#11 module (shared library)
	Token  string // token label
	ID     []byte // CKA_ID of the key pair
	Label  string // CKA_LABEL given to a generated key pair (optional)
}

// String returns the URI form of loc.
func (loc PKCS11Location) String() string {
	s := "pkcs11:module=" + url.PathEscape(loc.Module) + ";token=" + url.PathEscape(loc.Token) + ";id=" + hex.EncodeToString(loc.ID)
	if loc.Label != "" {
		s += ";label=" + url.PathEscape(loc.Label)
	}
	return s
}

// ParsePKCS11URI parses a pkcs11: signer URI. module, token and id are
// required; unknown or repeated attributes are refused.
func ParsePKCS11URI(uri string) (PKCS11Location, error) {
	rest, ok := strings.CutPrefix(uri, "pkcs11:")
	if !ok {
		return PKCS11Location{}, fmt.Errorf("%w: %q does not start with pkcs11:", ErrInvalidURI, uri)
	}
	var loc PKCS11Location
	seen := make(map[string]bool)
	for _, part := range strings.Split(rest, ";") {
		k, raw, ok := strings.Cut(part, "=")
		if !ok {
			return PKCS11Location{}, fmt.Errorf("%w: attribute %q is not key=value", ErrInvalidURI, part)
		}
		if seen[k] {
			return PKCS11Location{}, fmt.Errorf("%w: attribute %q repeated", ErrInvalidURI, k)
		}
		seen[k] = true
		v, err := url.PathUnescape(raw)
		if err != nil {
			return PKCS11Location{}, fmt.Errorf("%w: attribute %q: %v", ErrInvalidURI, k, err)
		}
		switch k {
		case "module":
			loc.Module = v
		case "token":
			loc.Token = v
		case "label":
			loc.Label = v
		case "id":
			id, err := hex.DecodeString(strings.TrimPrefix(v, "0x"))
			if err != nil {
				return PKCS11Location{}, fmt.Errorf("%w: id %q is not hex: %v", ErrInvalidURI, v, err)
			}
			loc.ID = id
		default:
			return PKCS11Location{}, fmt.Errorf("%w: unknown attribute %q", ErrInvalidURI, k)
		}
	}
	switch {
	case loc.Module == "":
		return PKCS11Location{}, fmt.Errorf("%w: module is required", ErrInvalidURI)
	case loc.Token == "":
		return PKCS11Location{}, fmt.Errorf("%w: token is required", ErrInvalidURI)
	case len(loc.ID) == 0:
		return PKCS11Location{}, fmt.Errorf("%w: id is required", ErrInvalidURI)
	}
	return loc, nil
}
