using Crm.Modules.Contacts.Domain.Imports;
using Crm.Modules.Identity.Contracts;

namespace Crm.Modules.Contacts.Features.Imports;

internal static class ImportVisibility
{
    /// <summary>What the import may match and update: the contacts its importer could see when starting it.</summary>
    public static VisibleOwners Of(ContactImport import) => import.SeesEveryone ? VisibleOwners.All : VisibleOwners.Only(import.VisibleOwnerIds);
}
