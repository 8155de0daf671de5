package org.plenary.it;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

import org.jboss.arquillian.container.test.api.Deployment;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the test classes that deploy alike one after another, so that {@link SharedPayaraMicro} starts Payara
 * once per kind of deployment: plain tests first, then the IT classes that call the server from outside, then
 * those that run inside it, then those that start Plenary themselves; by name within each group.
 */
public class ServerSharingOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt(ServerSharingOrder::group)
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }

    static int group(ClassDescriptor descriptor) {
        Class<?> type = descriptor.getTestClass();
        Optional<Deployment> deployment = Arrays.stream(type.getDeclaredMethods())
                .map(method -> method.getAnnotation(Deployment.class)).filter(java.util.Objects::nonNull).findFirst();
        if (deployment.isPresent()) {
            return deployment.get().testable() ? 2 : 1;
        }
        return type.getSimpleName().endsWith("IT") ? 3 : 0;
    }
}
