namespace Crm.Modules.Contacts.Domain.Notes;

/// <summary>What a note is about.</summary>
internal enum NoteSubject
{
    Contact,
    Company,
}
