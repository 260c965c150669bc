using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.Modules.Contacts.Persistence;

internal sealed class ContactsDesignTimeDbContextFactory : IDesignTimeDbContextFactory<ContactsDbContext>
{
    public ContactsDbContext CreateDbContext(string[] args) => new(DesignTimeDatabase.Options<ContactsDbContext>(args, ContactsModule.Schema));
}
