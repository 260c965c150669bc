namespace Crm.Shared.Kernel;

public static class StoredTime
{
    /// <summary>
    /// UTC, whole milliseconds: what every provider stores exactly, so a saved time reads back unchanged.
    /// </summary>
    public static DateTimeOffset ToStoredPrecision(this DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }
}
