namespace Crm.Modules.Contacts.Features.Timeline;

internal static class TimelineEntryIds
{
    /// <summary>
    /// The event's id with the subject mixed into its random half: one entry per subject, ordered on every timeline as
    /// the events happened (the time half is the event's), whatever order the consumers run in.
    /// </summary>
    public static Guid For(Guid eventId, Guid subjectId)
    {
        Span<byte> entry = stackalloc byte[16];
        Span<byte> subject = stackalloc byte[16];
        eventId.TryWriteBytes(entry, bigEndian: true, out _);
        subjectId.TryWriteBytes(subject, bigEndian: true, out _);
        for (var i = 8; i < 16; i++)
        {
            entry[i] ^= subject[i];
        }

        entry[8] = (byte)((entry[8] & 0x3F) | 0x80);
        return new Guid(entry, bigEndian: true);
    }
}
