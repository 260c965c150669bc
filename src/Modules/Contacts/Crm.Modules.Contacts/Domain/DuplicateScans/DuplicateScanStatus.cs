namespace Crm.Modules.Contacts.Domain.DuplicateScans;

internal enum DuplicateScanStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}

/// <summary>What a running scan is doing: comparing names by last name, then within each company, then shared email and phone.</summary>
internal enum DuplicateScanPhase
{
    Names,
    Companies,
    SharedKeys,
    Saving,
}
