namespace Crm.Modules.Contacts.Domain.DuplicateScans;

/// <summary>Why two contacts look like one person; a group holds the reasons of all its pairs.</summary>
[Flags]
internal enum LikenessReasons
{
    None = 0,
    SameEmail = 1,
    SamePhone = 2,
    SameName = 4,
    SimilarName = 8,
    SameCompany = 16,
}
