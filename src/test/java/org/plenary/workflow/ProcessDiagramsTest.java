package org.plenary.workflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.image.impl.DefaultProcessDiagramGenerator;
import org.junit.jupiter.api.Test;

/**
 * Every workflow carries BPMN DI for each of its shapes, and renders to a diagram
 * (target/diagrams/&lt;process-id&gt;.png, copied to docs/processes/ for the documentation).
 */
class ProcessDiagramsTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @Test
    void everyWorkflowHasDiagramInterchangeAndRenders() throws Exception {
        List<WorkflowResources.Resource> workflows = WorkflowResources.load(getClass().getClassLoader());
        assertFalse(workflows.isEmpty());
        Path out = Files.createDirectories(Path.of("target", "diagrams"));
        for (WorkflowResources.Resource workflow : workflows) {
            BpmnModel model = parse(workflow.content());
            String processId = model.getMainProcess().getId();
            assertTrue(workflow.name().endsWith("/" + processId + ".bpmn20.xml"),
                    workflow.name() + " is named after its process id " + processId);
            for (FlowElement element : model.getMainProcess().getFlowElements()) {
                if (element instanceof FlowNode) {
                    assertTrue(model.getLocationMap().containsKey(element.getId()),
                            workflow.name() + ": no diagram shape for " + element.getId());
                }
            }
            try (InputStream image = new DefaultProcessDiagramGenerator().generatePngDiagram(model, true)) {
                byte[] png = image.readAllBytes();
                assertArrayEquals(PNG, Arrays.copyOf(png, 4), "a PNG image");
                Files.write(out.resolve(processId + ".png"), png);
            }
        }
    }

    private static BpmnModel parse(byte[] xml) throws Exception {
        XMLStreamReader reader = XMLInputFactory.newInstance().createXMLStreamReader(new ByteArrayInputStream(xml));
        return new BpmnXMLConverter().convertToBpmnModel(reader);
    }
}
