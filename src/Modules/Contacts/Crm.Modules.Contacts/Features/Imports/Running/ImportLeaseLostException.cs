using Crm.Modules.Contacts.Domain.Imports;

namespace Crm.Modules.Contacts.Features.Imports.Running;

/// <summary>The worker's lease on an import ran out and another worker took it: this one must stop without saving.</summary>
internal sealed class ImportLeaseLostException(ImportId id) : Exception($"The lease on import {id.Value} was taken over.");
