using System.Security.Cryptography;
using System.Text;

namespace Crm.Modules.Activities.Domain.Calendars;

/// <summary>
/// A user's private iCalendar subscription: whoever holds the secret in its address reads the user's appointments.
/// Only the secret's SHA-256 is kept; opening a new feed replaces the old secret, closing it revokes it.
/// </summary>
internal sealed class CalendarFeed
{
    private CalendarFeed(Guid userId, string tokenHash, DateTimeOffset openedAtUtc)
    {
        UserId = userId;
        TokenHash = tokenHash;
        OpenedAtUtc = openedAtUtc;
    }

    public Guid UserId { get; private set; }

    public string TokenHash { get; private set; }

    public DateTimeOffset OpenedAtUtc { get; private set; }

    /// <summary>A new feed and its secret, shown once.</summary>
    public static (CalendarFeed Feed, string Token) Open(Guid userId, DateTimeOffset now)
    {
        var token = NewToken();
        return (new CalendarFeed(userId, Hash(token), now), token);
    }

    /// <summary>A new secret for the same feed; the old address stops working.</summary>
    public string Renew(DateTimeOffset now)
    {
        var token = NewToken();
        TokenHash = Hash(token);
        OpenedAtUtc = now;
        return token;
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string NewToken() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
