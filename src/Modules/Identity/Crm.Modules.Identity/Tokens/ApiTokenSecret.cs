using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Crm.Modules.Identity.Tokens;

/// <summary>
/// A token reads <c>crm_&lt;token id&gt;_&lt;secret&gt;</c>: the id finds the row, the secret (256 random bits) is checked
/// against its SHA-256 hash in constant time. A fast hash is enough for a random secret of that length.
/// </summary>
internal static class ApiTokenSecret
{
    private const string Prefix = "crm_";

    public static (string Token, byte[] Hash) Create(ApiTokenId id)
    {
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return ($"{Prefix}{id.Value:N}_{secret}", Hash(secret));
    }

    public static bool TryParse(string token, out ApiTokenId id, out string secret)
    {
        id = default;
        secret = string.Empty;
        var parts = token.Split('_', 3);
        if (parts.Length != 3 || parts[0] + "_" != Prefix || !Guid.TryParseExact(parts[1], "N", out var value) || parts[2].Length == 0)
        {
            return false;
        }

        id = new ApiTokenId(value);
        secret = parts[2];
        return true;
    }

    public static bool Matches(string secret, byte[] hash) => CryptographicOperations.FixedTimeEquals(Hash(secret), hash);

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}
