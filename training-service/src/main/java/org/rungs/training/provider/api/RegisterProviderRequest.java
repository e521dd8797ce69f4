package org.rungs.training.provider.api;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rungs.training.provider.application.RegisterProvider;
import org.rungs.training.provider.domain.ProviderKind;

/** A new training provider. {@code id} may be given by a partner system that already identifies the provider. */
public record RegisterProviderRequest(
        @Schema(description = "Optional id chosen by the caller; generated when absent") UUID id,
        @NotBlank @Size(max = 200) @Schema(example = "Riverside Community College") String name,
        @NotNull @Schema(description = "college, union, community-agency, private or employer") ProviderKind kind,
        @Email @Size(max = 254) @Schema(example = "workforce@riverside.edu") String contactEmail) {

    RegisterProvider.Command command() {
        return new RegisterProvider.Command(id, name, kind, contactEmail);
    }
}
