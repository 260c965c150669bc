using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Crm.Modules.SalesPipeline.Features.GetDealTimeline;

/// <summary>What happened to a deal and its paperwork, in the kinds the web app words.</summary>
internal enum DealTimelineKind
{
    Created,
    StageEntered,
    Won,
    Lost,
    QuoteCreated,
    QuoteSent,
    QuoteEmailed,
    QuoteAccepted,
    QuoteDeclined,
    QuoteExpired,
    OrderPlaced,
    OnboardingStarted,
    OnboardingTaskDone,
}

/// <summary>
/// One event of a deal's timeline. <see cref="Subject"/> names what it is about: the stage, the quote's or order's
/// number, the onboarding template or task; <see cref="SubjectId"/> the quote or order, for a link. <see cref="By"/> is
/// null when the deal does not record who did it.
/// </summary>
internal sealed record DealTimelineEntry(Guid Id, DealTimelineKind Kind, DateTimeOffset AtUtc, Guid? By, string? Subject, Guid? SubjectId, string? Detail)
{
    /// <summary>
    /// An id that sorts as the entry's time, then by what it is about: the time in milliseconds in the first six bytes
    /// (as version 7 UUIDs are laid out) and a hash of the kind and its source after, so that a page's cursor is stable.
    /// </summary>
    public static Guid IdOf(DealTimelineKind kind, DateTimeOffset atUtc, string source)
    {
        Span<byte> bytes = stackalloc byte[16];
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}|{source}"), hash);
        hash[..10].CopyTo(bytes[6..]);
        Span<byte> millis = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(millis, atUtc.ToUnixTimeMilliseconds());
        millis[2..].CopyTo(bytes);
        return new Guid(bytes, bigEndian: true);
    }
}
