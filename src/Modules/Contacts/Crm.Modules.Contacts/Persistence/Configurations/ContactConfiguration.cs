using Crm.Modules.Contacts.Domain.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Contacts.Persistence.Configurations;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("contacts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasConversion(id => id.Value, value => new ContactId(value)).ValueGeneratedNever();
        builder.Property(c => c.FirstName).HasMaxLength(Contact.NameMaxLength);
        builder.Property(c => c.LastName).HasMaxLength(Contact.NameMaxLength);
        builder.Property(c => c.Email)
            .HasConversion(email => email!.Value, value => EmailAddress.FromStored(value))
            .HasMaxLength(EmailAddress.MaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.OwnerId);
        builder.Ignore(c => c.DomainEvents);
        builder.HasIndex(c => c.Email);
    }
}
