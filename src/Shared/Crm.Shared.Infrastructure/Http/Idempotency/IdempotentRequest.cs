using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Shared.Infrastructure.Http.Idempotency;

/// <summary>The first answer to a POST carrying an Idempotency-Key, replayed for the same key.</summary>
internal sealed class IdempotentRequest
{
    /// <summary>Hash of caller, method, path and the client's key.</summary>
    public required string Key { get; init; }

    /// <summary>Hash of the request body: the same key with another body is refused.</summary>
    public required string RequestHash { get; init; }

    /// <summary>0 while the first request is still being answered.</summary>
    public int StatusCode { get; set; }

    public string? ContentType { get; set; }

    public string? Location { get; set; }

    public string? ETag { get; set; }

    public byte[] Body { get; set; } = [];

    public DateTimeOffset CreatedAtUtc { get; init; }
}

internal sealed class IdempotentRequestConfiguration : IEntityTypeConfiguration<IdempotentRequest>
{
    public void Configure(EntityTypeBuilder<IdempotentRequest> builder)
    {
        builder.ToTable("idempotent_requests");
        builder.HasKey(r => r.Key);
        builder.Property(r => r.Key).HasMaxLength(64);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.ContentType).HasMaxLength(200);
        builder.Property(r => r.Location).HasMaxLength(2000);
        builder.Property(r => r.ETag).HasMaxLength(200);
    }
}
