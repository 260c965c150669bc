using System.Security.Cryptography;
using System.Text;
using Crm.Shared.Kernel;

namespace Crm.Modules.Identity.Mfa;

/// <summary>
/// A one-time code that stands in for the authenticator app. Shown once; stored as the SHA-256 hash of 80 random
/// bits, which nobody can reverse or guess.
/// </summary>
internal sealed class RecoveryCode
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public Guid Id { get; init; } = TypedId.NewValue();

    public Guid UserId { get; init; }

    public required byte[] CodeHash { get; init; }

    public DateTimeOffset? UsedAtUtc { get; set; }

    /// <summary>Ten fresh codes, as the user sees them (<c>ABCD-EFGH-JKLM-NPQR</c>), with the rows that keep their hashes.</summary>
    public static (IReadOnlyList<string> Codes, IReadOnlyList<RecoveryCode> Rows) Generate(Guid userId)
    {
        var codes = Enumerable.Range(0, 10).Select(_ => NewCode()).ToList();
        return (codes, [.. codes.Select(c => new RecoveryCode { UserId = userId, CodeHash = Hash(c) })]);
    }

    public static byte[] Hash(string code) => SHA256.HashData(Encoding.ASCII.GetBytes(Normalize(code)));

    private static string Normalize(string code) => new([.. code.ToUpperInvariant().Where(char.IsLetterOrDigit)]);

    private static string NewCode()
    {
        var characters = Enumerable.Range(0, 16).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]).ToArray();
        return string.Join('-', characters.Chunk(4).Select(chunk => new string(chunk)));
    }
}
