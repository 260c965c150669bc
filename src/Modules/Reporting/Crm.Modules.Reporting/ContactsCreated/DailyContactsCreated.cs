namespace Crm.Modules.Reporting.ContactsCreated;

/// <summary>Read model: how many contacts were created on one UTC day.</summary>
internal sealed class DailyContactsCreated
{
    private DailyContactsCreated(DateOnly day, int count)
    {
        Day = day;
        Count = count;
    }

    public DateOnly Day { get; private init; }

    public int Count { get; private init; }

    public static DailyContactsCreated FirstOfDay(DateOnly day, int count = 1) => new(day, count);
}
