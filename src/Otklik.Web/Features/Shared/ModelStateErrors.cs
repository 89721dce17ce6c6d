using Microsoft.AspNetCore.Mvc.ModelBinding;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Shared;

public static class ModelStateErrors
{
    // Field errors go next to their fields; a general error goes to the summary.
    // The prefix names the bound object of a form ("Input"), so that the summary links to the field itself.
    public static void AddError(this ModelStateDictionary modelState, Error error, string? prefix = null)
    {
        if (error.Fields is not { Count: > 0 })
        {
            modelState.AddModelError(string.Empty, error.Message);
            return;
        }

        foreach (var (field, messages) in error.Fields)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(prefix is null ? field : $"{prefix}.{field}", message);
            }
        }
    }
}
