namespace Crm.Modules.Contacts.Domain.Common;

/// <summary>The two kinds of record a note, a timeline entry, an export, a saved view or a bulk action is about.</summary>
internal enum RecordKind
{
    Contact,
    Company,
}
