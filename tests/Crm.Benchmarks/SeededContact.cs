namespace Crm.Benchmarks;

/// <summary>What the query kinds are drawn from: a seeded contact's id, last name, first email and first phone (E.164).</summary>
internal sealed record SeededContact(Guid Id, string LastName, string Email, string Phone);
