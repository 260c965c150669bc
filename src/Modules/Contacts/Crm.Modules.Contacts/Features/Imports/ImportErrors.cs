using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Features.Imports;

internal static class ImportErrors
{
    public static Error NotFound(Guid id) => Error.NotFound("import.not_found", $"No import of yours has the id {id}.");

    public static Error FileGone(Guid id) => Error.Conflict("import.file_gone", $"The file of import {id} is no longer kept: upload it again.");

    public static Error TooLarge(long maxBytes) =>
        Error.Validation("import.file_too_large", $"The file is larger than the {maxBytes / (1024 * 1024)} MB an import takes: split it.");
}
