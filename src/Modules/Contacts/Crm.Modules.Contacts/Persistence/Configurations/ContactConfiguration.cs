using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Crm.Modules.Contacts.Persistence.Configurations;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("contacts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasConversion(id => id.Value, value => new ContactId(value)).ValueGeneratedNever();
        builder.Property(c => c.FirstName).HasMaxLength(ContactDetails.NameMaxLength);
        builder.Property(c => c.LastName).HasMaxLength(ContactDetails.NameMaxLength);
        builder.Property(c => c.JobTitle).HasMaxLength(ContactDetails.JobTitleMaxLength);
        builder.Property(c => c.Source).HasMaxLength(ContactDetails.SourceMaxLength);
        builder.Property(c => c.LifecycleStage).HasConversion<string>().HasMaxLength(32);

        // Read and written with the contact, one row: a JSON column each rather than tables to join on every read.
        builder.Ignore(c => c.Emails);
        builder.Ignore(c => c.Phones);
        builder.Ignore(c => c.Tags);
        builder.ComplexCollection<List<ContactEmail>, ContactEmail>(ContactFields.Emails, emails => emails.ToJson("emails"));
        builder.ComplexCollection<List<ContactPhone>, ContactPhone>(ContactFields.Phones, phones => phones.ToJson("phones"));
        builder.PrimitiveCollection<List<string>>(ContactFields.Tags).HasColumnName("tags");
        builder.OwnsMany(c => c.Companies, links =>
        {
            // A table, not JSON: a company's page lists its contacts through the index on company_id.
            links.ToTable("contact_companies");
            links.Property<long>("Id");
            links.HasKey("Id");
            links.Property(l => l.CompanyId).HasConversion(id => id.Value, value => new CompanyId(value));
            links.Property(l => l.Role).HasMaxLength(ContactCompany.RoleMaxLength);
            links.HasOne<Company>().WithMany().HasForeignKey(l => l.CompanyId).OnDelete(DeleteBehavior.Cascade);
            links.HasIndex(l => l.CompanyId);
        });
        builder.ComplexProperty(c => c.Address, AddressColumns.Configure);
        builder.Ignore(c => c.PrimaryEmail);
        builder.Ignore(c => c.PrimaryPhone);
        builder.Ignore(c => c.PrimaryCompanyId);
        builder.Ignore(c => c.DisplayName);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.OwnerId);

        // Lists sorted by last name walk it and stop after a page, the id breaking ties as the keyset does.
        builder.HasIndex(c => new { c.LastName, c.Id });
        builder.Property(c => c.ExternalId).HasMaxLength(ExternalIds.MaxLength);
        builder.HasIndex(c => c.ExternalId);
        builder.Property(c => c.ImportId).HasConversion(new ValueConverter<ImportId, Guid>(id => id.Value, value => new ImportId(value)));
        builder.HasIndex(c => c.ImportId);
        MatchColumns.Configure(builder);
        builder.Property(c => c.MergedIntoId).HasConversion(new ValueConverter<ContactId, Guid>(id => id.Value, value => new ContactId(value)));
        // Only the few merged contacts are indexed: "not merged" is nearly every row, which no index helps to read.
        builder.HasIndex(c => c.MergedIntoId).HasFilter("merged_into_id IS NOT NULL");

        // A contact merged into another is kept for the merge's undo, and seen by nobody.
        builder.HasQueryFilter(c => c.MergedIntoId == null);
        builder.Ignore(c => c.DomainEvents);
    }
}
