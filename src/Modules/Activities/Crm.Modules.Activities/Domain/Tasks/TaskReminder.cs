namespace Crm.Modules.Activities.Domain.Tasks;

/// <summary>
/// One reminder of a task: the wall-clock time the user gave (<see cref="At"/>, no offset) and the instant it names
/// in the assignee's time zone (<see cref="AtUtc"/>) when it was set.
/// </summary>
internal sealed record TaskReminder(DateTime At, DateTimeOffset AtUtc)
{
    public const int MaxPerTask = 5;
}
