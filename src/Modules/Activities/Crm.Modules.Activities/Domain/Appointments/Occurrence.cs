namespace Crm.Modules.Activities.Domain.Appointments;

/// <summary>
/// One time an appointment happens: its instants, and its wall-clock start and end in the appointment's time zone
/// (midnights for an all-day event, the end exclusive). <see cref="StartLocal"/> names the occurrence in an exception
/// list.
/// </summary>
internal readonly record struct Occurrence(DateTimeOffset StartUtc, DateTimeOffset EndUtc, DateTime StartLocal, DateTime EndLocal);
