using Crm.Modules.Contacts.Domain.Notes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Contacts.Persistence.Configurations;

internal sealed class NoteConfiguration : IEntityTypeConfiguration<Note>
{
    public void Configure(EntityTypeBuilder<Note> builder)
    {
        builder.ToTable("notes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasConversion(id => id.Value, value => new NoteId(value)).ValueGeneratedNever();
        builder.Property(n => n.Subject).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.Body).HasMaxLength(Note.BodyMaxLength);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.HasIndex(n => new { n.SubjectId, n.Subject });
        builder.Ignore(n => n.DomainEvents);
    }
}
