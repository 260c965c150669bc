using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.SalesPipeline.Persistence.Configurations;

internal sealed class PipelineConfiguration : IEntityTypeConfiguration<Pipeline>
{
    public void Configure(EntityTypeBuilder<Pipeline> builder)
    {
        builder.ToTable("pipelines");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasConversion(id => id.Value, value => new PipelineId(value)).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(Pipeline.NameMaxLength);
        builder.Ignore(p => p.Stages);
        builder.Ignore(p => p.WonStage);
        builder.Ignore(p => p.LostStage);
        builder.Ignore(p => p.FirstOpenStage);

        // A pipeline is never read without its stages.
        builder.HasMany<Stage>("_stages").WithOne().HasForeignKey(s => s.PipelineId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation("_stages").AutoInclude();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.DomainEvents);
    }
}

internal sealed class StageConfiguration : IEntityTypeConfiguration<Stage>
{
    public void Configure(EntityTypeBuilder<Stage> builder)
    {
        builder.ToTable("stages");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasConversion(id => id.Value, value => new StageId(value)).ValueGeneratedNever();
        builder.Property(s => s.PipelineId).HasConversion(id => id.Value, value => new PipelineId(value));
        builder.Property(s => s.Name).HasMaxLength(Stage.NameMaxLength);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(8);
        builder.Ignore(s => s.RequiredFields);
        builder.Ignore(s => s.IsClosing);
        builder.PrimitiveCollection<List<string>>("_requiredFields").HasColumnName("required_fields");
    }
}
