using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Persistence;

internal sealed class ContactsDbContext(DbContextOptions<ContactsDbContext> options) : ModuleDbContext(options, ContactsModule.Schema)
{
    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<Company> Companies => Set<Company>();
}
