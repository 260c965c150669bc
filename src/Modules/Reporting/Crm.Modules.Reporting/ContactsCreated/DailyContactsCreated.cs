namespace Crm.Modules.Reporting.ContactsCreated;

/// <summary>Read model: how many contacts were created on one UTC day.</summary>
internal sealed class DailyContactsCreated
{
    private DailyContactsCreated(DateOnly day) => Day = day;

    public DateOnly Day { get; private init; }

    public int Count { get; private set; }

    /// <summary>Concurrency token: two consumers counting the same day at once cannot lose an increment.</summary>
    public int Version { get; private set; }

    public static DailyContactsCreated StartCounting(DateOnly day) => new(day);

    public void Increment()
    {
        Count++;
        Version++;
    }
}
