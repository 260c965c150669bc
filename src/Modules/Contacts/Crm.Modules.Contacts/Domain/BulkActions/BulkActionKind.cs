namespace Crm.Modules.Contacts.Domain.BulkActions;

/// <summary>What a bulk action does to each record of its selection.</summary>
internal enum BulkActionKind
{
    AssignOwner,
    AddTag,
    RemoveTag,

    /// <summary>Sets a custom field, or a contact's lifecycle stage or source.</summary>
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
