namespace Crm.Modules.Contacts.Domain.BulkActions;

/// <summary>What a bulk action does to each contact of its selection.</summary>
internal enum BulkActionKind
{
    AssignOwner,
    AddTag,
    RemoveTag,

    /// <summary>Sets the lifecycle stage, the source or a custom field.</summary>
    SetField,
    Delete,
}

internal enum BulkActionStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}
