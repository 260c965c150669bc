namespace Crm.Modules.Contacts.Domain.Common;

/// <summary>The two kinds of record a note or a timeline entry is about.</summary>
internal enum RecordKind
{
    Contact,
    Company,
}
