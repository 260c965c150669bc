namespace Crm.Modules.Contacts.Domain.Imports;

internal enum ImportStatus
{
    /// <summary>The file is stored and read; its columns wait to be mapped.</summary>
    Uploaded,

    /// <summary>Mapped and started: a worker will take it.</summary>
    Queued,
    Running,
    Completed,

    /// <summary>Stopped by something other than a bad row (bad rows are reported, never fatal).</summary>
    Failed,

    /// <summary>Asked to be undone: a worker deletes the contacts it created.</summary>
    Reverting,

    /// <summary>The contacts it created are deleted again.</summary>
    Reverted,
}
